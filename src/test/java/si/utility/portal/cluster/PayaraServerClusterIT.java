package si.utility.portal.cluster;

import si.utility.portal.testsupport.PayaraServerNodes;
import si.utility.portal.testsupport.PortalCluster;

/**
 * Two Payara Server instances of one deployment group (server-config/payara/deployment-group.sh), sessions in the
 * Domain Data Grid, behind HAProxy.
 */
class PayaraServerClusterIT extends TwoNodeCluster {

    @Override
    PortalCluster startCluster() {
        return PayaraServerNodes.start();
    }
}
