package org.sapledger.command.property;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.sapledger.command.UnknownEntityException;
import org.sapledger.command.Validation;
import org.sapledger.command.plan.PlanBook;
import org.sapledger.domain.ClimateRegion;
import org.sapledger.domain.CommandAccepted;
import org.sapledger.domain.WireNames;
import org.sapledger.domain.dwelling.Cooling;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.domain.dwelling.Dwellings;
import org.sapledger.domain.dwelling.FabricElement;
import org.sapledger.domain.plan.AddMeasure;
import org.sapledger.domain.plan.AddScenario;
import org.sapledger.domain.plan.CreatePlan;
import org.sapledger.domain.plan.Measure;
import org.sapledger.domain.plan.MeasureAdded;
import org.sapledger.domain.plan.MeasureRemoved;
import org.sapledger.domain.plan.Measures;
import org.sapledger.domain.plan.PlanCreated;
import org.sapledger.domain.plan.RemoveMeasure;
import org.sapledger.domain.plan.ScenarioAdded;
import org.sapledger.domain.property.AddElement;
import org.sapledger.domain.property.BaselineEvent;
import org.sapledger.domain.property.BaselineEvolution;
import org.sapledger.domain.property.BaselineImported;
import org.sapledger.domain.property.ChangeClimateRegion;
import org.sapledger.domain.property.ChangeElement;
import org.sapledger.domain.property.ChangePostcode;
import org.sapledger.domain.property.ClimateRegionChanged;
import org.sapledger.domain.property.CoolingChanged;
import org.sapledger.domain.property.CoolingInstalled;
import org.sapledger.domain.property.CoolingRemoved;
import org.sapledger.domain.property.ElementAdded;
import org.sapledger.domain.property.ElementChanged;
import org.sapledger.domain.property.ElementRemoved;
import org.sapledger.domain.property.ImportProperty;
import org.sapledger.domain.property.PropertyImported;
import org.sapledger.domain.property.Postcode;
import org.sapledger.domain.property.PostcodeChanged;
import org.sapledger.domain.property.PropertyRegistered;
import org.sapledger.domain.property.RegisterProperty;
import org.sapledger.domain.property.RemoveCooling;
import org.sapledger.domain.property.RemoveElement;
import org.sapledger.domain.property.SetCooling;
import org.sapledger.domain.property.SetStoreys;
import org.sapledger.domain.property.SetThermalBridging;
import org.sapledger.domain.property.SetThermalMass;
import org.sapledger.domain.property.SetVentilation;
import org.sapledger.domain.property.StoreysChanged;
import org.sapledger.domain.property.ThermalBridgingChanged;
import org.sapledger.domain.property.ThermalMassChanged;
import org.sapledger.domain.property.VentilationChanged;
import org.sapledger.domain.tenancy.Tenancy;

/**
 * A dwelling whose retrofit is being planned: its baseline (the surveyed fabric, ventilation, thermal mass and
 * cooling) and its plans, each a set of named scenarios of ordered measures. One consistency boundary, so a
 * property's history is one ordered stream. Command handlers validate and decide; event sourcing handlers are the
 * only place state changes. Each answer is the property's id and its version after the command.
 *
 * <p>A property belongs to the organisation that registered it; a command issued for another organisation (command
 * metadata {@link Tenancy#ORGANISATION_METADATA_KEY}) is answered as if the property did not exist. The
 * {@link Revision} is that of the snapshot form: snapshots of another revision are ignored and the aggregate is
 * replayed from its events instead (revision 2 added the organisation).
 */
@Aggregate(snapshotTriggerDefinition = "propertySnapshotTrigger", cache = "propertyAggregateCache",
        commandTargetResolver = "propertyCommandTargets")
@Revision("2")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class PropertyAggregate {

    /** Longest address line accepted, in characters. */
    public static final int MAX_ADDRESS_LENGTH = 200;
    /** Longest plan or scenario name accepted, in characters. */
    public static final int MAX_NAME_LENGTH = 100;

    @AggregateIdentifier
    private String propertyId;
    private String organisationId;
    private String postcode;
    private Dwelling baseline;
    private PlanBook plans = new PlanBook();

    /** Required by Axon to rebuild the aggregate from its events. */
    protected PropertyAggregate() {
    }

    // ----- ownership -----------------------------------------------------------------------------------------

    /**
     * Runs before every command on an existing property: only its own organisation may change it, and to any other
     * caller it does not exist (the same 404 as an unknown id, so ids of other organisations cannot be probed).
     */
    @CommandHandlerInterceptor
    void requireOwnOrganisation(CommandMessage<?> command) {
        if (organisationId == null) {
            return; // a registration: the aggregate is being created
        }
        if (!organisationId.equals(command.getMetaData().get(Tenancy.ORGANISATION_METADATA_KEY))) {
            throw new UnknownEntityException("property", propertyId);
        }
    }

    // ----- registration --------------------------------------------------------------------------------------

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public CommandAccepted handle(RegisterProperty command) {
        checkRegistration(command.propertyId(), command.organisationId(), command.addressLine(), command.postcode(),
                command.climateRegion(), command.dwellingType()).throwIfInvalid();
        apply(registered(command.propertyId(), command.organisationId(), command.addressLine(), command.postcode(),
                command.climateRegion(), command.dwellingType()));
        return accepted();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public PropertyImported handle(ImportProperty command) {
        checkRegistration(command.propertyId(), command.organisationId(), command.addressLine(), command.postcode(),
                command.climateRegion(), command.dwellingType())
                .check(command.baseline() != null, "baseline", "must be given")
                .throwIfInvalid();
        BaselineInvariants.requireNoNewViolation(
                Dwellings.unsurveyed(new ClimateRegion(command.climateRegion())), command.baseline());
        apply(registered(command.propertyId(), command.organisationId(), command.addressLine(), command.postcode(),
                command.climateRegion(), command.dwellingType()));
        apply(new BaselineImported(command.propertyId(), command.baseline(), List.copyOf(command.warnings())));
        return new PropertyImported(propertyId, AggregateLifecycle.getVersion(), command.warnings());
    }

    private static Validation checkRegistration(String propertyId, String organisationId, String addressLine,
                                                String postcode, int climateRegion, Object dwellingType) {
        return new Validation()
                .check(propertyId != null && !propertyId.isBlank(), "propertyId", "must not be blank")
                .check(organisationId != null && !organisationId.isBlank()
                                && organisationId.length() <= Tenancy.MAX_ORGANISATION_LENGTH, "organisationId",
                        "must be given, at most " + Tenancy.MAX_ORGANISATION_LENGTH + " characters")
                .check(addressLine != null && !addressLine.isBlank(), "addressLine", "must not be blank")
                .check(addressLine == null || addressLine.length() <= MAX_ADDRESS_LENGTH,
                        "addressLine", "must be at most " + MAX_ADDRESS_LENGTH + " characters")
                .check(Postcode.isWellFormed(postcode), "postcode", "must be a UK postcode such as LE11 3TU")
                .check(ClimateRegion.isValid(climateRegion), "climateRegion",
                        "must be between " + ClimateRegion.MIN_CODE + " and " + ClimateRegion.MAX_CODE)
                .check(dwellingType != null, "dwellingType",
                        "must be one of HOUSE, BUNGALOW, FLAT, MAISONETTE, PARK_HOME");
    }

    private static PropertyRegistered registered(String propertyId, String organisationId, String addressLine,
                                                 String postcode, int climateRegion,
                                                 org.sapledger.domain.property.DwellingType dwellingType) {
        return new PropertyRegistered(propertyId, organisationId, addressLine.strip(), Postcode.canonical(postcode),
                climateRegion, dwellingType);
    }

    // ----- baseline ------------------------------------------------------------------------------------------

    @CommandHandler
    public CommandAccepted handle(SetStoreys command) {
        new Validation().check(command.storeys() != null && !command.storeys().isEmpty(), "storeys",
                "at least one storey is required").throwIfInvalid();
        Dwelling changed = baseline.withStoreys(command.storeys());
        BaselineInvariants.requireNoNewViolation(baseline, changed);
        if (!changed.storeys().equals(baseline.storeys())) {
            apply(new StoreysChanged(propertyId, baseline.storeys(), changed.storeys()));
        }
        return accepted();
    }

    @CommandHandler
    public CommandAccepted handle(AddElement command) {
        FabricElement element = command.element();
        new Validation()
                .check(element != null, "element", "must be given")
                .check(element == null || element.id() != null && !element.id().isBlank(), "id", "must not be blank")
                .throwIfInvalid();
        new Validation().check(Dwellings.find(baseline, element.id()).isEmpty(), "id",
                "an element with id " + element.id() + " already exists").throwIfInvalid();
        BaselineInvariants.requireNoNewViolation(baseline, Dwellings.add(baseline, element));
        apply(new ElementAdded(propertyId, element));
        return accepted(element.id());
    }

    @CommandHandler
    public CommandAccepted handle(ChangeElement command) {
        FabricElement element = command.element();
        new Validation().check(element != null, "element", "must be given").throwIfInvalid();
        FabricElement current = existingElement(element.id());
        new Validation().check(current.getClass() == element.getClass(), "kind",
                "element " + element.id() + " is a " + WireNames.typeName(current.getClass())
                        + "; remove it and add a new element to change its kind").throwIfInvalid();
        BaselineInvariants.requireNoNewViolation(baseline, Dwellings.replace(baseline, element));
        if (!current.equals(element)) {
            apply(new ElementChanged(propertyId, element.id(), current, element));
        }
        return accepted();
    }

    @CommandHandler
    public CommandAccepted handle(RemoveElement command) {
        FabricElement current = existingElement(command.elementId());
        List<FabricElement.Opening> openings = Dwellings.openingsIn(baseline, current.id());
        new Validation().check(openings.isEmpty() || command.withOpenings(), "elementId",
                "holds openings " + openings.stream().map(FabricElement::id).toList()
                        + "; remove them first, or remove them with it (withOpenings=true)").throwIfInvalid();
        BaselineInvariants.requireNoNewViolation(baseline, Dwellings.removeWithOpenings(baseline, current.id()));
        openings.forEach(opening -> apply(new ElementRemoved(propertyId, opening)));
        apply(new ElementRemoved(propertyId, current));
        return accepted();
    }

    @CommandHandler
    public CommandAccepted handle(SetThermalBridging command) {
        new Validation().check(command.thermalBridging() != null, "thermalBridging", "must be given")
                .throwIfInvalid();
        BaselineInvariants.requireNoNewViolation(baseline, baseline.withThermalBridging(command.thermalBridging()));
        if (!command.thermalBridging().equals(baseline.thermalBridging())) {
            apply(new ThermalBridgingChanged(propertyId, baseline.thermalBridging(), command.thermalBridging()));
        }
        return accepted();
    }

    @CommandHandler
    public CommandAccepted handle(SetVentilation command) {
        new Validation().check(command.ventilation() != null, "ventilation", "must be given").throwIfInvalid();
        BaselineInvariants.requireNoNewViolation(baseline, baseline.withVentilation(command.ventilation()));
        if (!command.ventilation().equals(baseline.ventilation())) {
            apply(new VentilationChanged(propertyId, baseline.ventilation(), command.ventilation()));
        }
        return accepted();
    }

    @CommandHandler
    public CommandAccepted handle(SetThermalMass command) {
        new Validation().check(command.thermalMass() != null, "thermalMass", "must be given").throwIfInvalid();
        BaselineInvariants.requireNoNewViolation(baseline, baseline.withThermalMass(command.thermalMass()));
        if (!command.thermalMass().equals(baseline.thermalMass())) {
            apply(new ThermalMassChanged(propertyId, baseline.thermalMass(), command.thermalMass()));
        }
        return accepted();
    }

    @CommandHandler
    public CommandAccepted handle(SetCooling command) {
        Cooling cooling = command.cooling();
        new Validation()
                .check(cooling != null, "cooling", "must be given")
                .check(cooling == null || cooling.cooledArea() > 0, "cooledArea",
                        "must be greater than 0; remove the cooling system instead")
                .throwIfInvalid();
        BaselineInvariants.requireNoNewViolation(baseline, baseline.withCooling(cooling));
        if (!hasCooling()) {
            apply(new CoolingInstalled(propertyId, cooling));
        } else if (!cooling.equals(baseline.cooling())) {
            apply(new CoolingChanged(propertyId, baseline.cooling(), cooling));
        }
        return accepted();
    }

    @CommandHandler
    public CommandAccepted handle(RemoveCooling command) {
        if (hasCooling()) {
            apply(new CoolingRemoved(propertyId, baseline.cooling()));
        }
        return accepted();
    }

    @CommandHandler
    public CommandAccepted handle(ChangeClimateRegion command) {
        new Validation().check(ClimateRegion.isValid(command.climateRegion()), "climateRegion",
                "must be between " + ClimateRegion.MIN_CODE + " and " + ClimateRegion.MAX_CODE).throwIfInvalid();
        int current = baseline.region().code();
        if (command.climateRegion() != current) {
            apply(new ClimateRegionChanged(propertyId, current, command.climateRegion()));
        }
        return accepted();
    }

    @CommandHandler
    public CommandAccepted handle(ChangePostcode command) {
        new Validation().check(Postcode.isWellFormed(command.postcode()), "postcode",
                "must be a UK postcode such as LE11 3TU").throwIfInvalid();
        String canonical = Postcode.canonical(command.postcode());
        if (!canonical.equals(postcode)) {
            apply(new PostcodeChanged(propertyId, postcode, canonical));
        }
        return accepted();
    }

    // ----- plans and scenarios -------------------------------------------------------------------------------

    @CommandHandler
    public CommandAccepted handle(CreatePlan command) {
        checkName(command.name())
                .check(command.planId() != null && !plans.hasPlanOrScenarioId(command.planId()), "planId",
                        "must be a new id")
                .check(command.name() == null || !plans.hasPlanNamed(command.name().strip()), "name",
                        "a plan with this name already exists for the property")
                .throwIfInvalid();
        apply(new PlanCreated(propertyId, command.planId(), command.name().strip()));
        return accepted(command.planId());
    }

    @CommandHandler
    public CommandAccepted handle(AddScenario command) {
        if (plans.plan(command.planId()).isEmpty()) {
            throw new UnknownEntityException("plan", command.planId());
        }
        checkName(command.name())
                .check(command.scenarioId() != null && !plans.hasPlanOrScenarioId(command.scenarioId()),
                        "scenarioId", "must be a new id")
                .check(command.name() == null || !plans.planHasScenarioNamed(command.planId(), command.name().strip()),
                        "name", "the plan already has a scenario with this name")
                .throwIfInvalid();
        apply(new ScenarioAdded(propertyId, command.planId(), command.scenarioId(), command.name().strip()));
        return accepted(command.scenarioId());
    }

    @CommandHandler
    public CommandAccepted handle(AddMeasure command) {
        PlanBook.ScenarioEntry scenario = plans.scenario(command.scenarioId())
                .orElseThrow(() -> new UnknownEntityException("scenario", command.scenarioId()));
        new Validation()
                .check(command.measure() != null, "measure", "must be given")
                .check(command.measureId() != null && !plans.hasMeasureId(command.measureId()), "measureId",
                        "must be a new id")
                .throwIfInvalid();
        MeasureChecks.requireApplicable(baseline, scenario.measures().values(), command.measure());
        apply(new MeasureAdded(propertyId, scenario.planId(), command.scenarioId(), command.measureId(),
                command.measure()));
        return accepted(command.measureId());
    }

    @CommandHandler
    public CommandAccepted handle(RemoveMeasure command) {
        PlanBook.ScenarioEntry scenario = plans.scenario(command.scenarioId())
                .orElseThrow(() -> new UnknownEntityException("scenario", command.scenarioId()));
        Measure measure = scenario.measures().get(command.measureId());
        if (measure == null) {
            throw new UnknownEntityException("measure", command.measureId());
        }
        apply(new MeasureRemoved(propertyId, scenario.planId(), command.scenarioId(), command.measureId(), measure));
        return accepted();
    }

    private static Validation checkName(String name) {
        return new Validation()
                .check(name != null && !name.isBlank(), "name", "must not be blank")
                .check(name == null || name.strip().length() <= MAX_NAME_LENGTH, "name",
                        "must be at most " + MAX_NAME_LENGTH + " characters");
    }

    // ----- state ---------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(PropertyRegistered event) {
        this.propertyId = event.propertyId();
        this.organisationId = event.organisationId();
        this.postcode = event.postcode();
        this.baseline = BaselineEvolution.initial(event);
    }

    @EventSourcingHandler
    void on(BaselineEvent event) {
        this.baseline = BaselineEvolution.apply(baseline, event);
    }

    @EventSourcingHandler
    void on(PostcodeChanged event) {
        this.postcode = event.after();
    }

    @EventSourcingHandler
    void on(PlanCreated event) {
        plans.planCreated(event.planId(), event.name());
    }

    @EventSourcingHandler
    void on(ScenarioAdded event) {
        plans.scenarioAdded(event.planId(), event.scenarioId(), event.name());
    }

    @EventSourcingHandler
    void on(MeasureAdded event) {
        plans.measureAdded(event.scenarioId(), event.measureId(), event.measure());
    }

    @EventSourcingHandler
    void on(MeasureRemoved event) {
        plans.measureRemoved(event.scenarioId(), event.measureId());
    }

    // ----- helpers -------------------------------------------------------------------------------------------

    private FabricElement existingElement(String elementId) {
        return Dwellings.find(baseline, Objects.requireNonNullElse(elementId, ""))
                .orElseThrow(() -> new UnknownEntityException("element", elementId));
    }

    private boolean hasCooling() {
        return baseline.cooling().cooledArea() > 0;
    }

    /** The answer naming the property. */
    private CommandAccepted accepted() {
        return accepted(propertyId);
    }

    /** The answer naming what the command created (an element, plan, scenario or measure). */
    private static CommandAccepted accepted(String createdId) {
        return new CommandAccepted(createdId, AggregateLifecycle.getVersion());
    }
}
