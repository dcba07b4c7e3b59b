package org.sapledger.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sapledger.calc.CalculationBasis;
import org.sapledger.calc.Worksheet;
import org.sapledger.calc.incremental.EvaluationReport;
import org.sapledger.calc.incremental.InputChange;
import org.sapledger.domain.ClimateRegion;
import org.sapledger.domain.dwelling.Cooling;
import org.sapledger.domain.dwelling.CoolingEfficiency;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.sapxml.SapXmlReader;

/**
 * Full evaluation of the M1 reference dwelling (with 60 m² cooled so that section 8c is non-trivial), and one
 * incremental change on it: a wall U-value, and the cooled area. Each incremental call applies the change to the
 * same starting worksheet, alternating between two values, and includes validation and building the report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WorksheetBenchmark {

    private Dwelling dwelling;
    private Worksheet worksheet;
    private InputChange[] wallChanges;
    private InputChange[] cooledAreaChanges;
    private int i;

    @Setup
    public void setUp() {
        try (InputStream in = WorksheetBenchmark.class.getResourceAsStream("m1-detached-100m2.xml")) {
            dwelling = SapXmlReader.read(in, ClimateRegion.UK_AVERAGE).dwelling()
                    .withCooling(new Cooling(60, new CoolingEfficiency.DeclaredSeer(4)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        worksheet = Worksheet.calculate(dwelling, CalculationBasis.RATING);
        String wall = dwelling.walls().get(0).id();
        wallChanges = new InputChange[] {new InputChange.SetWallUValue(wall, 0.3),
            new InputChange.SetWallUValue(wall, 0.35)};
        cooledAreaChanges = new InputChange[] {new InputChange.SetCooledArea(40), new InputChange.SetCooledArea(80)};
    }

    @Benchmark
    public Worksheet fullEvaluation() {
        return Worksheet.calculate(dwelling, CalculationBasis.RATING);
    }

    @Benchmark
    public EvaluationReport incrementalWallUValue() {
        return worksheet.apply(wallChanges[i++ & 1]);
    }

    @Benchmark
    public EvaluationReport incrementalCooledArea() {
        return worksheet.apply(cooledAreaChanges[i++ & 1]);
    }
}
