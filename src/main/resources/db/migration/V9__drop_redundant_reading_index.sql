-- IX_METER_READING_METER_DATE (METER_ID, READING_DATE) repeats the leading columns of the unique constraint
-- UK_METER_READING_METER_DATE_SOURCE (METER_ID, READING_DATE, SOURCE), which serves every query it served; each
-- reading an import wrote updated both.
DROP INDEX IX_METER_READING_METER_DATE;
