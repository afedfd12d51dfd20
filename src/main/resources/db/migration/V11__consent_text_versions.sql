-- ===== account: versions of the GDPR consent text (issue 11) =====

-- The newest version is the one customers must accept; an admin adds a version in the back office
-- (/staff/admin/consent) and no version is ever changed. PORTAL_ACCOUNT.CONSENT_VERSION and
-- CONSENT_RECORD.CONSENT_VERSION name a VERSION_NUMBER (no foreign key: records made before this table existed
-- may name a version set in the configuration, portal.consent.version). Plain text; paragraphs are separated by
-- a blank line. The controller's name and address are not part of it: the page adds them from the configuration.
CREATE TABLE CONSENT_TEXT (
    VERSION_NUMBER INTEGER NOT NULL,
    VALID_FROM TIMESTAMP NOT NULL,
    TEXT_SL VARCHAR(4000) NOT NULL,
    TEXT_EN VARCHAR(4000) NOT NULL,
    CONSTRAINT PK_CONSENT_TEXT PRIMARY KEY (VERSION_NUMBER)
);

-- Version 1: the text the consent page showed until now (from the message bundles), so nobody is asked again.
INSERT INTO CONSENT_TEXT (VERSION_NUMBER, VALID_FROM, TEXT_SL, TEXT_EN) VALUES (1, CAST('2025-01-01 00:00:00' AS TIMESTAMP),
'Za uporabo Portala potrebujemo vaše soglasje za obdelavo osebnih podatkov, ki jih hranimo o vas kot plačniku (ime in naslov, odjemna mesta, odčitki, računi in odprte postavke) ter podatkov, ki jih vnesete v Portal (elektronski naslov, vneseni odčitki in sporočila).

Podatke obdelujemo samo za namen delovanja Portala in komunikacije z vami, v skladu s Splošno uredbo o varstvu podatkov (GDPR) in Zakonom o varstvu osebnih podatkov. Soglasje lahko kadar koli prekličete; brez soglasja uporaba Portala ni mogoča.',
'To use the Portal we need your consent to process the personal data we keep about you as a payer (name and address, consumption points, readings, invoices and open items) and the data you enter in the Portal (e-mail address, readings and messages).

We process the data only to run the Portal and to communicate with you, in line with the General Data Protection Regulation (GDPR) and the Slovenian Personal Data Protection Act. You can withdraw the consent at any time; without it the Portal cannot be used.');
