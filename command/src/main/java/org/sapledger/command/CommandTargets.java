package org.sapledger.command;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Finds the aggregate a command is for: the record component marked {@link TargetAggregateIdentifier}, and the
 * expected version from the one marked {@link TargetAggregateVersion} (absent or null: any version). The same rule
 * as Axon's {@link AnnotationCommandTargetResolver}, which however searches every method and annotation of the
 * command's class by reflection on every command; here the two accessors are found once per command type.
 * A command type that is not such a record is left to Axon's resolver.
 */
public final class CommandTargets implements CommandTargetResolver {

    private static final CommandTargetResolver REFLECTIVE = AnnotationCommandTargetResolver.builder().build();

    private final ClassValue<Optional<Accessors>> accessors = new ClassValue<>() {
        @Override
        protected Optional<Accessors> computeValue(Class<?> type) {
            return Accessors.of(type);
        }
    };

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Object payload = command.getPayload();
        Optional<Accessors> found = payload == null ? Optional.empty() : accessors.get(payload.getClass());
        if (found.isEmpty()) {
            return REFLECTIVE.resolveTarget(command);
        }
        Accessors target = found.get();
        Object identifier = target.read(target.identifier(), payload);
        if (identifier == null) {
            throw new IllegalArgumentException("Invalid command. It does not identify the target aggregate. "
                    + "Make sure at least one of the fields or methods in the [" + payload.getClass().getSimpleName()
                    + "] class contains the @TargetAggregateIdentifier annotation and that it returns a non-null "
                    + "value.");
        }
        Object version = target.version() == null ? null : target.read(target.version(), payload);
        return new VersionedAggregateIdentifier(identifier, version == null ? null : ((Number) version).longValue());
    }

    /** The accessors of a command record's target components. */
    private record Accessors(MethodHandle identifier, MethodHandle version) {

        static Optional<Accessors> of(Class<?> type) {
            if (!type.isRecord()) {
                return Optional.empty();
            }
            RecordComponent[] components = type.getRecordComponents();
            Optional<MethodHandle> identifier = accessor(components, TargetAggregateIdentifier.class);
            if (identifier.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Accessors(identifier.get(),
                    accessor(components, TargetAggregateVersion.class).orElse(null)));
        }

        private static Optional<MethodHandle> accessor(RecordComponent[] components,
                                                       Class<? extends java.lang.annotation.Annotation> marker) {
            return Arrays.stream(components)
                    .filter(component -> marked(component, marker))
                    .findFirst()
                    .map(component -> {
                        Method accessor = component.getAccessor();
                        // a command type need not be public (tests declare their own)
                        accessor.trySetAccessible();
                        try {
                            return MethodHandles.lookup().unreflect(accessor);
                        } catch (IllegalAccessException e) {
                            throw new IllegalStateException("cannot read " + component, e);
                        }
                    });
        }

        /** Java puts an annotation written on a record component on its field or its accessor, as targeted. */
        private static boolean marked(RecordComponent component,
                                      Class<? extends java.lang.annotation.Annotation> marker) {
            if (component.getAccessor().isAnnotationPresent(marker)) {
                return true;
            }
            try {
                return component.getDeclaringRecord().getDeclaredField(component.getName())
                        .isAnnotationPresent(marker);
            } catch (NoSuchFieldException e) {
                return false;
            }
        }

        Object read(MethodHandle accessor, Object payload) {
            try {
                return accessor.invoke(payload);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
