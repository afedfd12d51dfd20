package si.utility.portal.billing.service;

import si.utility.portal.billing.domain.UpnQrPayload;
import si.utility.portal.platform.config.CompanyDetails;

/** Prejemnik plačila: the utility as it appears in the payment data of invoices and UPN QR codes. */
public record PaymentRecipient(String name, String street, String city, String iban, String bic) {

    /** The configured address is "street, post code city"; payment orders want the two parts apart. */
    public static PaymentRecipient of(CompanyDetails company) {
        String address = company.getAddress() == null ? "" : company.getAddress();
        int comma = address.lastIndexOf(',');
        String street = comma < 0 ? address : address.substring(0, comma).strip();
        String city = comma < 0 ? "" : address.substring(comma + 1).strip();
        return new PaymentRecipient(company.getName(), street, city, company.getIban(), company.getBic());
    }

    public UpnQrPayload.Party party() {
        return new UpnQrPayload.Party(name, street, city);
    }
}
