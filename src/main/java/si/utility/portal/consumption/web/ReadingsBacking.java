package si.utility.portal.consumption.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import si.utility.portal.account.security.SignedInCustomer;
import si.utility.portal.consumption.domain.PeriodConsumption;
import si.utility.portal.consumption.domain.PeriodKind;
import si.utility.portal.consumption.service.ReadingService.ConsumptionChart;
import si.utility.portal.consumption.service.ReadingService.ReadingRow;
import si.utility.portal.consumption.service.ReadingService;
import si.utility.portal.core.domain.Medium;
import si.utility.portal.platform.format.DisplayFormats;
import si.utility.portal.platform.validation.ValidationFailedException;
import si.utility.portal.platform.web.FormMessages;

/** consumption/readings.xhtml: Odčitki in poraba, the paged readings table and the chart by period. */
@Named
@ViewScoped
public class ReadingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "chart-form";
    /** Json.create...() looks the provider up at each call (a ServiceLoader scan): 4 % of the page's time. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    /** The manual's default: the last 24 months. */
    static final int DEFAULT_MONTHS = 24;

    @Inject
    SignedInCustomer customer;

    @Inject
    ReadingService readingService;

    @Inject
    PointNavigation navigation;

    @Inject
    Clock clock;

    private String code;
    private List<Medium> media;
    private Medium medium;
    private PeriodKind kind = PeriodKind.MONTH;
    private String from;
    private String to;
    /** Recomputed from the fields above where the view is restored: the session keeps only the choice. */
    private transient ConsumptionChart chart;
    private final ReadingsModel readings = new ReadingsModel();

    private String code() {
        if (code == null) {
            code = navigation.getCode();
        }
        return code;
    }

    public boolean isReady() {
        return code() != null && !getMedia().isEmpty();
    }

    public List<Medium> getMedia() {
        if (media == null) {
            media = code() == null ? List.of() : readingService.media(customer.payerId(), code());
            medium = media.isEmpty() ? null : media.get(0);
            YearMonth now = YearMonth.now(clock);
            to = now.toString();
            from = now.minusMonths(DEFAULT_MONTHS - 1L).toString();
        }
        return media;
    }

    public ConsumptionChart getChart() {
        if (chart == null && isReady()) {
            chart = readingService.chart(customer.payerId(), code(), medium, kind, YearMonth.parse(from),
                    YearMonth.parse(to));
        }
        return chart;
    }

    /** Ajax: a new medium, period kind or range; a range the service refuses keeps the chart shown. */
    public void update() {
        YearMonth start = parse(from, "from");
        YearMonth end = parse(to, "to");
        if (start == null || end == null || !isReady()) {
            return;
        }
        try {
            chart = readingService.chart(customer.payerId(), code(), medium, kind, start, end);
        } catch (ValidationFailedException e) {
            FormMessages.show(FORM, e.violations());
        }
    }

    private static YearMonth parse(String text, String field) {
        try {
            return YearMonth.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            FormMessages.error(FORM + ":" + field, "readings.monthInvalid");
            return null;
        }
    }

    /** A date as the pages show dates (common.datePattern), for message texts that take it as a parameter. */
    public String formatDate(LocalDate date) {
        return DateTimeFormatter.ofPattern(FormMessages.text("common.datePattern"),
                FacesContext.getCurrentInstance().getViewRoot().getLocale()).format(date);
    }

    /** Chart.js configuration for p:chart: this period and the same period a year earlier. */
    public String getChartJson() {
        ConsumptionChart data = getChart();
        if (data == null) {
            return "{}";
        }
        ResourceBundle texts = texts();
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder current = JSON.createArrayBuilder();
        JsonArrayBuilder previous = JSON.createArrayBuilder();
        for (PeriodConsumption period : data.periods()) {
            labels.add(PeriodLabels.label(period, texts));
            current.add(period.amount());
            if (period.previousYear() == null) {
                previous.addNull();
            } else {
                previous.add(period.previousYear());
            }
        }
        String unit = DisplayFormats.unit(data.medium().getUnit());
        JsonObjectBuilder config = JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", JSON.createArrayBuilder()
                                .add(JSON.createObjectBuilder().add("label", FormMessages.text("readings.series.previousYear", unit))
                                        .add("data", previous).add("backgroundColor", "#9aa5b1"))
                                .add(JSON.createObjectBuilder().add("label", FormMessages.text("readings.series.current", unit))
                                        .add("data", current).add("backgroundColor", "#005a8c"))))
                .add("options", JSON.createObjectBuilder()
                        .add("animation", false)
                        // Fill the chart's box (22rem high): at a phone's width a 2:1 canvas leaves no room for bars.
                        .add("maintainAspectRatio", false)
                        .add("scales", JSON.createObjectBuilder()
                                .add("y", JSON.createObjectBuilder().add("beginAtZero", true))));
        return config.build().toString();
    }

    /** The period as the axis and the data table name it: jan. 2025, 1. četrtl. 2025 *. */
    public String periodLabel(PeriodConsumption period) {
        return PeriodLabels.label(period, texts());
    }

    private static ResourceBundle texts() {
        return ResourceBundle.getBundle(FormMessages.BUNDLE, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public LazyDataModel<ReadingRow> getReadings() {
        return readings;
    }

    /** The readings table as CSV, all of the medium's readings, newest first. */
    public void downloadReadings() throws IOException {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        try (Csv csv = Csv.download("odcitki-" + code() + ".csv")) {
            csv.row(List.of(FormMessages.text("readings.date"), FormMessages.text("readings.value"),
                    FormMessages.text("readings.source"), FormMessages.text("readings.meter"),
                    FormMessages.text("readings.consumption")));
            readingService.exportReadings(customer.payerId(), code(), medium, row -> csv.row(List.of(
                    row.date().toString(), DisplayFormats.plain(row.value(), row.decimals(), locale),
                    FormMessages.text("readings.source." + row.source()) + statusNote(row), row.meterSerialNumber(),
                    DisplayFormats.plain(row.consumption(), row.decimals(), locale))));
        }
    }

    /** " (v pregledu)", " (zavrnjeno: reason)", or nothing for a reading that counts. */
    private static String statusNote(ReadingRow row) {
        if (row.underReview()) {
            return " (" + FormMessages.text("readings.underReview") + ")";
        }
        if (row.rejected()) {
            return " (" + FormMessages.text("readings.rejected") + (row.reason() == null ? "" : ": " + row.reason())
                    + ")";
        }
        return "";
    }

    /** The chart's figures as CSV. */
    public void downloadChart() throws IOException {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        ConsumptionChart data = getChart();
        try (Csv csv = Csv.download("poraba-" + code() + ".csv")) {
            csv.row(List.of(FormMessages.text("readings.period"), FormMessages.text("readings.from"),
                    FormMessages.text("readings.to"), FormMessages.text("readings.consumption") + " ("
                            + DisplayFormats.unit(data.medium().getUnit()) + ")",
                    FormMessages.text("readings.previousYear"), FormMessages.text("readings.complete")));
            for (PeriodConsumption period : data.periods()) {
                csv.row(List.of(periodLabel(period), period.start().toString(), period.end().toString(),
                        DisplayFormats.plain(period.amount(), data.decimals(), locale),
                        DisplayFormats.plain(period.previousYear(), data.decimals(), locale),
                        period.complete() ? "1" : "0"));
            }
        }
    }

    public String getMedium() {
        return medium == null ? null : medium.name();
    }

    public void setMedium(String medium) {
        this.medium = getMedia().stream().filter(m -> m.name().equals(medium)).findFirst().orElse(this.medium);
    }

    public String getKind() {
        return kind.name();
    }

    public void setKind(String kind) {
        this.kind = List.of(PeriodKind.values()).stream().filter(k -> k.name().equals(kind)).findFirst()
                .orElse(this.kind);
    }

    public String getFrom() {
        getMedia();
        return from;
    }

    public void setFrom(String from) {
        getMedia();
        this.from = from;
    }

    public String getTo() {
        getMedia();
        return to;
    }

    public void setTo(String to) {
        getMedia();
        this.to = to;
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    private class ReadingsModel extends LazyDataModel<ReadingRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return isReady() ? (int) readingService.countReadings(customer.payerId(), code(), medium) : 0;
        }

        @Override
        public List<ReadingRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return isReady() ? readingService.readings(customer.payerId(), code(), medium, first, pageSize)
                    : List.of();
        }

        @Override
        public String getRowKey(ReadingRow row) {
            return row.date() + "-" + row.meterSerialNumber() + "-" + row.source();
        }
    }
}
