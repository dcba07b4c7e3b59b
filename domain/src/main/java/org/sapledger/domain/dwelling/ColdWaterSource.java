package org.sapledger.domain.dwelling;

/** Source of cold water ({@code Cold-Water-Source} 1 mains, 2 header tank). */
public enum ColdWaterSource {
    MAINS, HEADER_TANK
}
