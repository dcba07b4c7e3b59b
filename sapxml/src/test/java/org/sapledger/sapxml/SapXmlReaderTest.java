package org.sapledger.sapxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sapledger.domain.ClimateRegion;
import org.sapledger.domain.dwelling.AirTightness;
import org.sapledger.domain.dwelling.ColdWaterSource;
import org.sapledger.domain.dwelling.Cooling;
import org.sapledger.domain.dwelling.CoolingEfficiency;
import org.sapledger.domain.dwelling.CoolingEnergyClass;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.domain.dwelling.GlazingType;
import org.sapledger.domain.dwelling.HotWaterSystem;
import org.sapledger.domain.dwelling.Lighting;
import org.sapledger.domain.dwelling.Orientation;
import org.sapledger.domain.dwelling.Overshading;
import org.sapledger.domain.dwelling.ThermalBridging;

class SapXmlReaderTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = SapXmlReaderTest.class.getResourceAsStream("/reference/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsTheM1ReferenceDwelling() throws IOException {
        ImportResult r = SapXmlReader.read(resource("m1-detached-100m2.xml"), ClimateRegion.UK_AVERAGE);
        Dwelling d = r.dwelling();
        assertThat(d.storeys()).singleElement().satisfies(s -> {
            assertThat(s.floorArea()).isEqualTo(100);
            assertThat(s.storeyHeight()).isEqualTo(3);
        });
        assertThat(d.walls()).singleElement().satisfies(w -> {
            assertThat(w.id()).isEqualTo("sap_wall_1_1");
            assertThat(w.grossArea()).isEqualTo(120);
            assertThat(w.uValue()).isEqualTo(0.5);
        });
        assertThat(d.windows()).singleElement().satisfies(w -> {
            assertThat(w.area()).isEqualTo(7.5);
            assertThat(w.hostId()).isEqualTo("sap_wall_1_1");
            assertThat(w.orientation()).isEqualTo(Orientation.SOUTH);
            assertThat(w.uValue()).isEqualTo(1.5);
            assertThat(w.glazing().type()).isEqualTo(GlazingType.DOUBLE);
        });
        assertThat(d.thermalBridging()).isEqualTo(ThermalBridging.DEFAULT);
        assertThat(d.ventilation().airTightness()).isEqualTo(
                new AirTightness.PressureTest(AirTightness.TestPressure.AP50, 3.5));
        assertThat(d.ventilation().shelteredSides()).isEqualTo(2);
        assertThat(d.hotWater().system()).isInstanceOf(HotWaterSystem.CombiInstantaneous.class);
        assertThat(d.hotWater().coldWater()).isEqualTo(ColdWaterSource.MAINS);
        assertThat(d.lighting()).isEqualTo(Lighting.NOT_RECORDED);
        assertThat(d.overshading()).isEqualTo(Overshading.AVERAGE_OR_UNKNOWN);
        assertThat(d.centralHeatingPumpInHeatedSpace()).isTrue();
        assertThat(d.cooling()).isEqualTo(Cooling.NONE);
        assertThat(d.thermalMass().thermalMassParameter()).isEmpty();
        assertThat(r.header().postcode()).hasValue("LE11 3TU");
        assertThat(r.header().addressLine()).isEmpty();
        assertThat(r.header().dwellingType()).isEmpty();
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.element()).endsWith("PV-Arrays/PV-Array/Peak-Power");
            assertThat(w.message()).contains("not used");
            assertThat(w.line()).isPositive();
        });
    }

    @Test
    void readsTheRdSapReferenceDwelling() throws IOException {
        ImportResult r = SapXmlReader.read(resource("rdsap-detached.xml"), ClimateRegion.UK_AVERAGE);
        assertThat(r.header().dwellingType()).hasValue(org.sapledger.domain.property.DwellingType.HOUSE);
        Dwelling d = r.dwelling();
        assertThat(d.windows()).isEmpty();
        assertThat(d.thermalBridging()).isEqualTo(new ThermalBridging.YValue(0.15));
        assertThat(d.thermalMass().thermalMassParameter()).hasValue(250);
        assertThat(d.hotWater().system()).isInstanceOf(HotWaterSystem.PointOfUseElectric.class);
        assertThat(d.hotWater().coldWater()).isEqualTo(ColdWaterSource.HEADER_TANK);
        assertThat(d.lighting()).isEqualTo(Lighting.RECORDED_NONE);
        assertThat(d.ventilation().intermittentExtractFans()).isEqualTo(1);
        assertThat(d.ventilation().airTightness()).isEqualTo(
                new AirTightness.PressureTest(AirTightness.TestPressure.AP50, 0));
    }

    @Test
    void malformedXmlReportsLineAndColumn() {
        String xml = "<?xml version='1.0'?>\n<SAP-Report xmlns=\"https://epbr.digital.communities.gov.uk/xsd/sap\">\n"
                + "  <SAP10-Data>\n    <Data-Type>1</Data-Typo>\n  </SAP10-Data>\n</SAP-Report>\n";
        assertThatThrownBy(() -> SapXmlReader.read(xml, ClimateRegion.UK_AVERAGE))
                .isInstanceOf(SapXmlImportException.class)
                .satisfies(e -> assertThat(((SapXmlImportException) e).errors()).singleElement().satisfies(m -> {
                    assertThat(m.line()).isEqualTo(4);
                    assertThat(m.column()).isPositive();
                    assertThat(m.message()).startsWith("malformed XML");
                }));
    }

    @Test
    void impossibleValuesAreErrorsNamingTheElement() throws IOException {
        String xml = resource("m1-detached-100m2.xml")
                .replace("<U-Value>0.5</U-Value>\n              <Name>sap_wall_1_1</Name>",
                        "<U-Value>0</U-Value>\n              <Name>sap_wall_1_1</Name>")
                .replace("<Orientation>5</Orientation>\n            </SAP-Opening>",
                        "<Orientation>0</Orientation>\n            </SAP-Opening>");
        assertThatThrownBy(() -> SapXmlReader.read(xml, ClimateRegion.UK_AVERAGE))
                .isInstanceOf(SapXmlImportException.class)
                .satisfies(e -> assertThat(((SapXmlImportException) e).errors())
                        .extracting(ImportMessage::element)
                        .containsExactlyInAnyOrder(
                                "SAP-Building-Part[1]/SAP-Walls/SAP-Wall[sap_wall_1_1]/U-Value",
                                "SAP-Building-Part[1]/SAP-Openings/SAP-Opening[part1_opening_1]/Orientation"));
    }

    @Test
    void missingOpeningTypeIsAnError() throws IOException {
        String xml = resource("m1-detached-100m2.xml").replace("<Type>sap_opening_type_1</Type>",
                "<Type>nope</Type>");
        assertThatThrownBy(() -> SapXmlReader.read(xml, ClimateRegion.UK_AVERAGE))
                .isInstanceOf(SapXmlImportException.class)
                .hasMessageContaining("SAP-Opening[part1_opening_1]/Type");
    }

    @Test
    void coolingIsRead() throws IOException {
        String cooling = "<SAP-Cooling><Cooled-Area>40</Cooled-Area><Cooling-System-Data-Source>3"
                + "</Cooling-System-Data-Source><Cooling-System-Class>A++</Cooling-System-Class></SAP-Cooling>";
        String xml = resource("m1-detached-100m2.xml").replace("</SAP-Property-Details>",
                cooling + "</SAP-Property-Details>");
        Dwelling d = SapXmlReader.read(xml, new ClimateRegion(3)).dwelling();
        assertThat(d.cooling()).isEqualTo(new Cooling(40,
                new CoolingEfficiency.EnergyClass(CoolingEnergyClass.A_PLUS_PLUS)));
        assertThat(d.region()).isEqualTo(new ClimateRegion(3));
    }

    @Test
    void aDoctypeIsRefusedAndNothingItNamesIsRead(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "not for the importer");
        String xml = resource("m1-detached-100m2.xml")
                .replaceFirst("\\?>", "?><!DOCTYPE SAP-Report [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>")
                .replace("<Postcode>LE11 3TU</Postcode>", "<Postcode>&secret;</Postcode>");

        assertThatThrownBy(() -> SapXmlReader.read(xml, ClimateRegion.UK_AVERAGE))
                .isInstanceOf(SapXmlImportException.class)
                .hasMessageContaining("DOCTYPE is not allowed")
                .hasMessageNotContaining("not for the importer");
    }

    @Test
    void aDoctypeWithoutEntitiesIsRefusedToo() throws IOException {
        String xml = resource("m1-detached-100m2.xml").replaceFirst("\\?>", "?><!DOCTYPE SAP-Report>");

        assertThatThrownBy(() -> SapXmlReader.read(xml, ClimateRegion.UK_AVERAGE))
                .isInstanceOf(SapXmlImportException.class)
                .hasMessageContaining("DOCTYPE is not allowed");
    }

    @Test
    void aDocumentRootedElsewhereIsNotASapReport() throws IOException {
        String renamed = resource("m1-detached-100m2.xml").replace("SAP-Report", "EPC-Report");
        String otherNamespace = resource("m1-detached-100m2.xml")
                .replace("https://epbr.digital.communities.gov.uk/xsd/sap", "urn:example:not-sap");

        for (String xml : List.of(renamed, otherNamespace)) {
            assertThatThrownBy(() -> SapXmlReader.read(xml, ClimateRegion.UK_AVERAGE))
                    .isInstanceOf(SapXmlImportException.class)
                    .hasMessageContaining("not a SAP-Report");
        }
    }

    @Test
    void nestingDeeperThanAnySapFileIsRefused() throws IOException {
        int depth = ElementScanner.MAX_DEPTH + 1;
        String xml = resource("m1-detached-100m2.xml").replace("<SAP10-Data>",
                "<SAP10-Data>" + "<Nest>".repeat(depth) + "</Nest>".repeat(depth));

        assertThatThrownBy(() -> SapXmlReader.read(xml, ClimateRegion.UK_AVERAGE))
                .isInstanceOf(SapXmlImportException.class)
                .hasMessageContaining("nested deeper than " + ElementScanner.MAX_DEPTH);
    }

    @Test
    void aValueThatCannotBeReadIsAnErrorNotADefault() throws IOException {
        String xml = resource("m1-detached-100m2.xml")
                .replace("<Sheltered-Sides-Count>2</Sheltered-Sides-Count>",
                        "<Sheltered-Sides-Count>two</Sheltered-Sides-Count>");

        assertThatThrownBy(() -> SapXmlReader.read(xml, ClimateRegion.UK_AVERAGE))
                .isInstanceOf(SapXmlImportException.class)
                .satisfies(e -> assertThat(((SapXmlImportException) e).errors()).singleElement()
                        .satisfies(m -> assertThat(m.line()).isPositive()));
    }
}
