-- Read model of the property list, kept by the "property-summary" event processor.
CREATE TABLE property_summary (
    property_id    VARCHAR(64)  PRIMARY KEY,
    address_line   VARCHAR(200) NOT NULL,
    postcode       VARCHAR(10)  NOT NULL,
    climate_region SMALLINT     NOT NULL CHECK (climate_region BETWEEN 0 AND 21),
    dwelling_type  VARCHAR(16)  NOT NULL,
    version        BIGINT       NOT NULL,
    registered_at  TIMESTAMPTZ  NOT NULL
);

CREATE INDEX property_summary_registered_at ON property_summary (registered_at DESC, property_id);
