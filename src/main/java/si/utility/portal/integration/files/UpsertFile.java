package si.utility.portal.integration.files;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import si.utility.portal.integration.exchange.ExchangeFile;
import si.utility.portal.integration.exchange.ExchangeRow;
import si.utility.portal.integration.exchange.ImportContext;
import si.utility.portal.integration.exchange.RowOutcome;
import si.utility.portal.integration.exchange.RowResult;
import si.utility.portal.platform.persistence.SourceKey;
import si.utility.portal.platform.persistence.Sourced;

/**
 * A file whose rows are upserted by external_id: every row is parsed and checked first, the chunk's records and
 * references are loaded with one query per kind, then each row is inserted, updated or left unchanged. A row
 * older than the version held, or breaking a rule, is rejected and writes nothing.
 *
 * @param <P> a parsed row
 * @param <E> the entity a row becomes
 * @param <R> the records a chunk refers to
 */
abstract class UpsertFile<P extends UpsertFile.Parsed, E extends Sourced, R> implements ExchangeFile {

    /** What every parsed row has: its key and version. */
    interface Parsed {
        String externalId();

        Long version();
    }

    /** Why a row cannot apply, found while resolving its references. */
    record Problem(String column, String reason) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    private final Class<E> entityType;
    private final Set<String> requiredColumns;
    private final Set<String> knownColumns;

    UpsertFile(Class<E> entityType, List<String> requiredColumns, List<String> optionalColumns) {
        this.entityType = entityType;
        this.requiredColumns = Set.copyOf(requiredColumns);
        Set<String> known = new LinkedHashSet<>(requiredColumns);
        known.addAll(optionalColumns);
        this.knownColumns = Set.copyOf(known);
    }

    @Override
    public Set<String> requiredColumns() {
        return requiredColumns;
    }

    @Override
    public Set<String> knownColumns() {
        return knownColumns;
    }

    /** Reads and checks the row's values; answers {@code null} when the check failed. */
    abstract P parse(RowCheck check);

    /** Loads what the chunk's valid rows refer to. */
    abstract R references(List<P> rows);

    /** A reference the row names that does not exist, or another rule that needs the database; else null. */
    abstract Problem problem(P row, E held, R references);

    abstract E create(P row, R references);

    /** Takes the row's values; answers whether anything changed. */
    abstract boolean update(E held, P row, R references);

    /**
     * A record the portal made itself (no external_id) with the row's natural key (a payer's code, a meter's
     * serial number), which the row then takes over; {@code null} when there is none.
     */
    E adoptable(P row, R references) {
        return null;
    }

    /**
     * Writes the records the chunk's rows created, once all its rows were applied: one JPA persist each, unless a
     * file with millions of rows writes them as one batch ({@link BulkInsert}).
     */
    void insert(List<E> created) {
        created.forEach(em::persist);
    }

    /**
     * After the chunk: a full file marks what it listed (in bulk, so that unchanged rows stay cheap). The rows
     * are all of the chunk's, rejected ones too; {@code applied} the records of the rows that applied.
     */
    void chunkApplied(List<ExchangeRow> rows, List<E> applied, ImportContext context) {
    }

    @Override
    public List<RowResult> apply(List<ExchangeRow> rows, ImportContext context) {
        List<P> parsed = new ArrayList<>(rows.size());
        RowResult[] results = new RowResult[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            RowCheck check = new RowCheck(rows.get(i));
            P row = parse(check);
            if (check.failed()) {
                results[i] = check.rejection();
                row = null;
            }
            parsed.add(row);
        }
        List<P> valid = parsed.stream().filter(Objects::nonNull).toList();
        Map<String, E> held = new HashMap<>(Lookup.byExternalId(em, entityType,
                valid.stream().map(Parsed::externalId).toList()));
        R references = references(valid);
        List<E> applied = new ArrayList<>(valid.size());
        List<E> created = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (results[i] == null) {
                results[i] = applyOne(rows.get(i), parsed.get(i), held, references);
                RowOutcome outcome = results[i].outcome();
                if (outcome != RowOutcome.REJECTED) {
                    applied.add(held.get(parsed.get(i).externalId()));
                }
                if (outcome == RowOutcome.INSERTED) {
                    created.add(held.get(parsed.get(i).externalId()));
                }
            }
        }
        insert(created);
        chunkApplied(rows, applied, context);
        return List.of(results);
    }

    private RowResult applyOne(ExchangeRow line, P row, Map<String, E> held, R references) {
        E entity = held.get(row.externalId());
        if (entity == null) {
            entity = adoptable(row, references);
        }
        if (entity != null && entity.getSourceKey().isNewerThan(row.version())) {
            return RowResult.rejected(line, RowCheck.VERSION, "version " + row.version()
                    + " is older than version " + entity.getSourceKey().getVersion() + " the portal holds");
        }
        Problem problem = problem(row, entity, references);
        if (problem != null) {
            return RowResult.rejected(line, problem.column(), problem.reason());
        }
        SourceKey key = new SourceKey(row.externalId(), row.version());
        RowOutcome outcome;
        if (entity == null) {
            entity = create(row, references);
            entity.setSourceKey(key);
            held.put(row.externalId(), entity);
            outcome = RowOutcome.INSERTED;
        } else {
            boolean changed = update(entity, row, references) | !key.equals(entity.getSourceKey());
            entity.setSourceKey(key);
            held.put(row.externalId(), entity);
            outcome = changed ? RowOutcome.UPDATED : RowOutcome.UNCHANGED;
        }
        return RowResult.of(line, outcome);
    }

    @Override
    public long completeFull(ImportContext context) {
        return 0;
    }

    /** The external_id of every row of the chunk, rejected ones too (a full file listed them). */
    static List<String> listedExternalIds(List<ExchangeRow> rows) {
        return rows.stream().map(row -> row.value(RowCheck.EXTERNAL_ID)).filter(Objects::nonNull).toList();
    }

    static Problem unknown(String column, String externalId) {
        return new Problem(column, column + " " + externalId + " is not known to the portal (not in this batch "
                + "or an earlier one)");
    }
}
