package si.utility.portal.core.domain;

/** Medij: what a meter measures, with the unit its readings are in. */
public enum Medium {
    COLD_WATER("m3"),
    HOT_WATER("m3"),
    HEAT("kWh"),
    GAS("m3");

    private final String unit;

    Medium(String unit) {
        this.unit = unit;
    }

    public String getUnit() {
        return unit;
    }
}
