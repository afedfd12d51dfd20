package si.utility.portal.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The utility's details shown to customers; KPV's from the manual unless configured otherwise. */
@Named("company")
@ApplicationScoped
public class CompanyDetails {

    @Inject
    @ConfigProperty(name = "portal.company.name")
    String name;

    @Inject
    @ConfigProperty(name = "portal.company.short-name")
    String shortName;

    @Inject
    @ConfigProperty(name = "portal.company.address")
    String address;

    @Inject
    @ConfigProperty(name = "portal.company.phone")
    String phone;

    @Inject
    @ConfigProperty(name = "portal.company.free-phone")
    String freePhone;

    @Inject
    @ConfigProperty(name = "portal.company.office-hours")
    String officeHours;

    @Inject
    @ConfigProperty(name = "portal.company.email")
    String email;

    @Inject
    @ConfigProperty(name = "portal.company.website")
    String website;

    @Inject
    @ConfigProperty(name = "portal.company.iban")
    String iban;

    @Inject
    @ConfigProperty(name = "portal.company.bic")
    String bic;

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public String getFreePhone() {
        return freePhone;
    }

    public String getOfficeHours() {
        return officeHours;
    }

    public String getEmail() {
        return email;
    }

    public String getWebsite() {
        return website;
    }

    public String getIban() {
        return iban;
    }

    public String getBic() {
        return bic;
    }
}
