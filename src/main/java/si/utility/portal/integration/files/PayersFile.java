package si.utility.portal.integration.files;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import si.utility.portal.core.domain.Payer;

/** {@code payers.csv}: the customers who receive and pay invoices (plačniki). */
@ApplicationScoped
public class PayersFile extends UpsertFile<PayersFile.Row, Payer, NaturalKeys<Payer>> {

    record Row(String externalId, Long version, String code, String name, String street, String postCode,
            String city) implements UpsertFile.Parsed {
    }

    public PayersFile() {
        super(Payer.class, List.of("external_id", "code", "name"), List.of("street", "post_code", "city", "version"));
    }

    @Override
    public String name() {
        return "payers";
    }

    @Override
    Row parse(RowCheck check) {
        return new Row(check.externalId(), check.version(), check.text("code", 20), check.text("name", 200),
                check.optionalText("street", 200), check.optionalText("post_code", 10),
                check.optionalText("city", 100));
    }

    @Override
    NaturalKeys<Payer> references(List<Row> rows) {
        return NaturalKeys.load(em, Payer.class, "code", "code", rows.stream().map(Row::code).toList(),
                Payer::getCode);
    }

    @Override
    Payer adoptable(Row row, NaturalKeys<Payer> codes) {
        return codes.adoptable(row.code());
    }

    @Override
    Problem problem(Row row, Payer held, NaturalKeys<Payer> codes) {
        return codes.conflict(row.code(), held);
    }

    @Override
    Payer create(Row row, NaturalKeys<Payer> codes) {
        Payer payer = new Payer(row.code(), row.name(), row.street(), row.postCode(), row.city());
        codes.track(payer);
        return payer;
    }

    @Override
    boolean update(Payer held, Row row, NaturalKeys<Payer> codes) {
        codes.forget(held);
        boolean changed = held.update(row.code(), row.name(), row.street(), row.postCode(), row.city());
        codes.track(held);
        return changed;
    }
}
