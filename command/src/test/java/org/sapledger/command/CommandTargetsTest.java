package org.sapledger.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;
import org.sapledger.domain.plan.CreatePlan;

/** Which aggregate a command is for: the same answers as Axon's reflective resolver, found without its cost. */
class CommandTargetsTest {

    private final CommandTargets targets = new CommandTargets();
    private final AnnotationCommandTargetResolver axon = AnnotationCommandTargetResolver.builder().build();

    record Untargeted(String name) {
    }

    record Unversioned(@TargetAggregateIdentifier String id) {
    }

    @Test
    void aCommandRecordGivesItsPropertyAndExpectedVersion() {
        var command = GenericCommandMessage.asCommandMessage(new CreatePlan("property-1", 7L, "plan-1", "Plan"));

        assertThat(targets.resolveTarget(command)).isEqualTo(new VersionedAggregateIdentifier("property-1", 7L))
                .isEqualTo(axon.resolveTarget(command));
    }

    @Test
    void withoutAnExpectedVersionAnyVersionWillDo() {
        var command = GenericCommandMessage.asCommandMessage(new CreatePlan("property-1", null, "plan-1", "Plan"));
        var unversioned = GenericCommandMessage.asCommandMessage(new Unversioned("x"));

        assertThat(targets.resolveTarget(command)).isEqualTo(axon.resolveTarget(command));
        assertThat(targets.resolveTarget(command).getVersion()).isNull();
        assertThat(targets.resolveTarget(unversioned)).isEqualTo(new VersionedAggregateIdentifier("x", null));
    }

    @Test
    void aCommandWithoutItsTargetIsRefusedAsAxonWouldRefuseIt() {
        var missing = GenericCommandMessage.asCommandMessage(new CreatePlan(null, null, "plan-1", "Plan"));
        var untargeted = GenericCommandMessage.asCommandMessage(new Untargeted("x"));

        assertThatThrownBy(() -> targets.resolveTarget(missing)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> targets.resolveTarget(untargeted)).isInstanceOf(IllegalArgumentException.class);
    }
}
