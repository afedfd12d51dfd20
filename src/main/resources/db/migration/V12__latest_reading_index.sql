-- A meter's latest accepted reading, and the last one before a date (the overview's cards, the chart's neighbours):
-- with only the unique key (METER_ID, READING_DATE, SOURCE) Derby reads and sorts all of the meter's readings for
-- each, since it does not scan an index backwards; in this order it reads one entry. PostgreSQL uses it as well.
CREATE INDEX IX_METER_READING_LATEST ON METER_READING (METER_ID, STATUS, READING_DATE DESC, ID DESC);
