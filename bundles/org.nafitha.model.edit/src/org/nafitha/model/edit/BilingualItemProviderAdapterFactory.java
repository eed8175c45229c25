package org.nafitha.model.edit;

import org.eclipse.emf.common.notify.Adapter;
import org.nafitha.model.Named;
import org.nafitha.model.provider.AgencyItemProvider;
import org.nafitha.model.provider.CandidateSiteItemProvider;
import org.nafitha.model.provider.DemandZoneItemProvider;
import org.nafitha.model.provider.PopulationGroupItemProvider;
import org.nafitha.model.provider.RegionItemProvider;
import org.nafitha.model.provider.ScenarioItemProvider;
import org.nafitha.model.provider.ServiceItemProvider;
import org.nafitha.model.provider.ServiceBundleItemProvider;
import org.nafitha.model.provider.ServiceCenterItemProvider;
import org.nafitha.model.provider.NafithaItemProviderAdapterFactory;

/**
 * The generated item providers, with labels that name things the way planners do: the type, the code and the name
 * in the workbench's language (e.g. "Service center CSC-AM Maqablin ..." or its Arabic), from {@link BilingualLabels}.
 */
public class BilingualItemProviderAdapterFactory extends NafithaItemProviderAdapterFactory {

    private ScenarioItemProvider scenarioLabels;

    @Override
    public Adapter createScenarioAdapter() {
        if (scenarioLabels == null) {
            scenarioLabels = new ScenarioItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return getString("_UI_Scenario_type") + " " + BilingualLabels.label((Named) object);
                }
            };
        }
        return scenarioLabels;
    }

    private RegionItemProvider regionLabels;

    @Override
    public Adapter createRegionAdapter() {
        if (regionLabels == null) {
            regionLabels = new RegionItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return getString("_UI_Region_type") + " " + BilingualLabels.label((Named) object);
                }
            };
        }
        return regionLabels;
    }

    private PopulationGroupItemProvider populationGroupLabels;

    @Override
    public Adapter createPopulationGroupAdapter() {
        if (populationGroupLabels == null) {
            populationGroupLabels = new PopulationGroupItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return getString("_UI_PopulationGroup_type") + " " + BilingualLabels.label((Named) object);
                }
            };
        }
        return populationGroupLabels;
    }

    private DemandZoneItemProvider demandZoneLabels;

    @Override
    public Adapter createDemandZoneAdapter() {
        if (demandZoneLabels == null) {
            demandZoneLabels = new DemandZoneItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return getString("_UI_DemandZone_type") + " " + BilingualLabels.label((Named) object);
                }
            };
        }
        return demandZoneLabels;
    }

    private AgencyItemProvider agencyLabels;

    @Override
    public Adapter createAgencyAdapter() {
        if (agencyLabels == null) {
            agencyLabels = new AgencyItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return getString("_UI_Agency_type") + " " + BilingualLabels.label((Named) object);
                }
            };
        }
        return agencyLabels;
    }

    private ServiceItemProvider serviceLabels;

    @Override
    public Adapter createServiceAdapter() {
        if (serviceLabels == null) {
            serviceLabels = new ServiceItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return getString("_UI_Service_type") + " " + BilingualLabels.label((Named) object);
                }
            };
        }
        return serviceLabels;
    }

    private ServiceBundleItemProvider serviceBundleLabels;

    @Override
    public Adapter createServiceBundleAdapter() {
        if (serviceBundleLabels == null) {
            serviceBundleLabels = new ServiceBundleItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return getString("_UI_ServiceBundle_type") + " " + BilingualLabels.label((Named) object);
                }
            };
        }
        return serviceBundleLabels;
    }

    private ServiceCenterItemProvider serviceCenterLabels;

    @Override
    public Adapter createServiceCenterAdapter() {
        if (serviceCenterLabels == null) {
            serviceCenterLabels = new ServiceCenterItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return getString("_UI_ServiceCenter_type") + " " + BilingualLabels.label((Named) object);
                }
            };
        }
        return serviceCenterLabels;
    }

    private CandidateSiteItemProvider candidateSiteLabels;

    @Override
    public Adapter createCandidateSiteAdapter() {
        if (candidateSiteLabels == null) {
            candidateSiteLabels = new CandidateSiteItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return getString("_UI_CandidateSite_type") + " " + BilingualLabels.label((Named) object);
                }
            };
        }
        return candidateSiteLabels;
    }
}
