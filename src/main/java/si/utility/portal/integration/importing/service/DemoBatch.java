package si.utility.portal.integration.importing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import si.utility.portal.integration.exchange.ExchangeFormat;

/**
 * Demo mode ({@code portal.demo-data}): at the first start on an empty database, the demo customers (the exchange
 * batch {@code demo/batch} in the WAR) are imported exactly as a utility's batch would be: checked whole, queued
 * and applied in the background by the importer.
 */
@ApplicationScoped
public class DemoBatch {

    private static final String LOCATION = "demo/batch/";
    private static final Logger LOG = Logger.getLogger(DemoBatch.class.getName());

    @Inject
    @ConfigProperty(name = "portal.demo-data")
    boolean enabled;

    @Inject
    ImportSettings settings;

    @Inject
    ImportIntake intake;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!enabled) {
            return;
        }
        if (em.createQuery("SELECT COUNT(p) FROM Payer p", Long.class).getSingleResult() > 0) {
            LOG.info("Demo batch not imported: the database already has payers");
            return;
        }
        try {
            Path folder = copyToStorage();
            ImportIntake.Submission submission = intake.submitInPlace(folder);
            LOG.info(() -> "Demo batch " + submission.report().batchId() + " is " + submission.report().status());
        } catch (IOException e) {
            throw new UncheckedIOException("The demo batch could not be queued", e);
        }
    }

    /** The importer reads folders on disk; the batch travels in the WAR. */
    private Path copyToStorage() throws IOException {
        Path folder = Files.createDirectories(settings.storage().resolve("demo"));
        List<String> files = new ArrayList<>(List.of("manifest.json"));
        ExchangeFormat.FILE_ORDER.forEach(name -> files.add(name + ".csv"));
        for (String file : files) {
            try (InputStream in = DemoBatch.class.getClassLoader().getResourceAsStream(LOCATION + file)) {
                if (in != null) {
                    Files.copy(in, folder.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return folder;
    }
}
