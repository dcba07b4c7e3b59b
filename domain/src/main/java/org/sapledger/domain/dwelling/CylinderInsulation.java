package org.sapledger.domain.dwelling;

/** Insulation of a hot-water cylinder (Table 2). */
public enum CylinderInsulation {
    FACTORY_APPLIED, LOOSE_JACKET
}
