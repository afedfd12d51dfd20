package si.utility.portal.platform.persistence;

/** A record the billing system may send: it carries the billing system's key and version ({@link SourceKey}). */
public interface Sourced {

    SourceKey getSourceKey();

    void setSourceKey(SourceKey sourceKey);
}
