package si.utility.portal.integration.importing.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import si.utility.portal.integration.exchange.ExchangeFile;
import si.utility.portal.integration.exchange.InvoiceDocuments;

/** The exchange file types this portal has (every {@link ExchangeFile} bean), by name, and the PDF store. */
@ApplicationScoped
public class FileTypes {

    @Inject
    @Any
    Instance<ExchangeFile> beans;

    @Inject
    @Any
    Instance<InvoiceDocuments> documents;

    private Map<String, ExchangeFile> byName;

    @PostConstruct
    void collect() {
        Map<String, ExchangeFile> found = new HashMap<>();
        for (ExchangeFile type : beans) {
            if (found.put(type.name(), type) != null) {
                throw new IllegalStateException("Two exchange file types are named " + type.name());
            }
        }
        byName = Map.copyOf(found);
    }

    public Map<String, ExchangeFile> byName() {
        return byName;
    }

    public ExchangeFile named(String name) {
        ExchangeFile type = byName.get(name);
        if (type == null) {
            throw new IllegalStateException("No exchange file type " + name);
        }
        return type;
    }

    public Optional<InvoiceDocuments> invoiceDocuments() {
        return documents.isResolvable() ? Optional.of(documents.get()) : Optional.empty();
    }
}
