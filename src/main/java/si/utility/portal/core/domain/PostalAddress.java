package si.utility.portal.core.domain;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An address on one line, as pages and mails show it: "Šaleška cesta 3, 3320 Velenje"; missing parts left out. */
public final class PostalAddress {

    private PostalAddress() {
    }

    public static String oneLine(String street, String postCode, String city) {
        String place = Stream.of(postCode, city).filter(Objects::nonNull).map(String::strip)
                .filter(part -> !part.isEmpty()).collect(Collectors.joining(" "));
        return Stream.of(street == null ? null : street.strip(), place).filter(Objects::nonNull)
                .filter(part -> !part.isEmpty()).collect(Collectors.joining(", "));
    }
}
