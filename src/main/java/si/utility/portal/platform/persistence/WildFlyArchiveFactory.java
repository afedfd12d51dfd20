package si.utility.portal.platform.persistence;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Map;
import org.eclipse.persistence.internal.jpa.deployment.ArchiveFactoryImpl;
import org.eclipse.persistence.jpa.Archive;
import org.eclipse.persistence.jpa.ArchiveFactory;

/**
 * Lets EclipseLink find the entities when it travels inside the WAR on WildFly (portal-wildfly.war). WildFly
 * gives the persistence unit's root as a "vfs:" URL, which EclipseLink's own archive factory cannot list: it
 * would see no entity at all. WildFly keeps a deployed WAR unpacked on disk, so this factory asks the virtual
 * file for that folder and lets EclipseLink read it as a plain directory; every other URL goes to EclipseLink
 * unchanged. WildFly chooses it with the system property {@code eclipselink.archive.factory}
 * (server-config/wildfly/portal.cli); Payara never uses it.
 */
public class WildFlyArchiveFactory implements ArchiveFactory {

    private final ArchiveFactory eclipseLink = new ArchiveFactoryImpl();

    @Override
    @SuppressWarnings("rawtypes")
    public Archive createArchive(URL rootUrl, Map properties) throws URISyntaxException, IOException {
        return eclipseLink.createArchive(onDisk(rootUrl), properties);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Archive createArchive(URL rootUrl, String descriptorLocation, Map properties)
            throws URISyntaxException, IOException {
        return eclipseLink.createArchive(onDisk(rootUrl), descriptorLocation, properties);
    }

    /** The jboss-vfs VirtualFile is reached by reflection: the WAR does not compile against WildFly. */
    private static URL onDisk(URL url) throws IOException {
        if (!"vfs".equals(url.getProtocol())) {
            return url;
        }
        Object virtualFile = url.openConnection().getContent();
        try {
            File folder = (File) virtualFile.getClass().getMethod("getPhysicalFile").invoke(virtualFile);
            return folder.toURI().toURL();
        } catch (ReflectiveOperationException e) {
            throw new IOException("Cannot find " + url + " on disk", e);
        }
    }
}
