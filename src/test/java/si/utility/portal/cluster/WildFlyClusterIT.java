package si.utility.portal.cluster;

import si.utility.portal.testsupport.PortalCluster;
import si.utility.portal.testsupport.WildFlyNodes;

/** Two WildFly nodes (standalone-ha, distributable-web on Infinispan over JGroups TCP) behind HAProxy. */
class WildFlyClusterIT extends TwoNodeCluster {

    @Override
    PortalCluster startCluster() {
        return WildFlyNodes.start();
    }
}
