"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AppProject = exports.ApplicationSpecSourceHydratorDrySourceKustomizeReplicasCount = exports.ApplicationOperationSyncSourcesKustomizeReplicasCount = exports.ApplicationOperationSyncSourceKustomizeReplicasCount = exports.ApplicationSpecSourcesKustomizeReplicasCount = exports.ApplicationSpecSourceKustomizeReplicasCount = exports.Application = void 0;
exports.toJson_ApplicationProps = toJson_ApplicationProps;
exports.toJson_ApplicationOperation = toJson_ApplicationOperation;
exports.toJson_ApplicationSpec = toJson_ApplicationSpec;
exports.toJson_ApplicationOperationInfo = toJson_ApplicationOperationInfo;
exports.toJson_ApplicationOperationInitiatedBy = toJson_ApplicationOperationInitiatedBy;
exports.toJson_ApplicationOperationRetry = toJson_ApplicationOperationRetry;
exports.toJson_ApplicationOperationSync = toJson_ApplicationOperationSync;
exports.toJson_ApplicationSpecDestination = toJson_ApplicationSpecDestination;
exports.toJson_ApplicationSpecIgnoreDifferences = toJson_ApplicationSpecIgnoreDifferences;
exports.toJson_ApplicationSpecInfo = toJson_ApplicationSpecInfo;
exports.toJson_ApplicationSpecSource = toJson_ApplicationSpecSource;
exports.toJson_ApplicationSpecSourceHydrator = toJson_ApplicationSpecSourceHydrator;
exports.toJson_ApplicationSpecSources = toJson_ApplicationSpecSources;
exports.toJson_ApplicationSpecSyncPolicy = toJson_ApplicationSpecSyncPolicy;
exports.toJson_ApplicationOperationRetryBackoff = toJson_ApplicationOperationRetryBackoff;
exports.toJson_ApplicationOperationSyncResources = toJson_ApplicationOperationSyncResources;
exports.toJson_ApplicationOperationSyncSource = toJson_ApplicationOperationSyncSource;
exports.toJson_ApplicationOperationSyncSources = toJson_ApplicationOperationSyncSources;
exports.toJson_ApplicationOperationSyncSyncStrategy = toJson_ApplicationOperationSyncSyncStrategy;
exports.toJson_ApplicationSpecSourceDirectory = toJson_ApplicationSpecSourceDirectory;
exports.toJson_ApplicationSpecSourceHelm = toJson_ApplicationSpecSourceHelm;
exports.toJson_ApplicationSpecSourceKustomize = toJson_ApplicationSpecSourceKustomize;
exports.toJson_ApplicationSpecSourcePlugin = toJson_ApplicationSpecSourcePlugin;
exports.toJson_ApplicationSpecSourceHydratorDrySource = toJson_ApplicationSpecSourceHydratorDrySource;
exports.toJson_ApplicationSpecSourceHydratorHydrateTo = toJson_ApplicationSpecSourceHydratorHydrateTo;
exports.toJson_ApplicationSpecSourceHydratorSyncSource = toJson_ApplicationSpecSourceHydratorSyncSource;
exports.toJson_ApplicationSpecSourcesDirectory = toJson_ApplicationSpecSourcesDirectory;
exports.toJson_ApplicationSpecSourcesHelm = toJson_ApplicationSpecSourcesHelm;
exports.toJson_ApplicationSpecSourcesKustomize = toJson_ApplicationSpecSourcesKustomize;
exports.toJson_ApplicationSpecSourcesPlugin = toJson_ApplicationSpecSourcesPlugin;
exports.toJson_ApplicationSpecSyncPolicyAutomated = toJson_ApplicationSpecSyncPolicyAutomated;
exports.toJson_ApplicationSpecSyncPolicyManagedNamespaceMetadata = toJson_ApplicationSpecSyncPolicyManagedNamespaceMetadata;
exports.toJson_ApplicationSpecSyncPolicyRetry = toJson_ApplicationSpecSyncPolicyRetry;
exports.toJson_ApplicationOperationSyncSourceDirectory = toJson_ApplicationOperationSyncSourceDirectory;
exports.toJson_ApplicationOperationSyncSourceHelm = toJson_ApplicationOperationSyncSourceHelm;
exports.toJson_ApplicationOperationSyncSourceKustomize = toJson_ApplicationOperationSyncSourceKustomize;
exports.toJson_ApplicationOperationSyncSourcePlugin = toJson_ApplicationOperationSyncSourcePlugin;
exports.toJson_ApplicationOperationSyncSourcesDirectory = toJson_ApplicationOperationSyncSourcesDirectory;
exports.toJson_ApplicationOperationSyncSourcesHelm = toJson_ApplicationOperationSyncSourcesHelm;
exports.toJson_ApplicationOperationSyncSourcesKustomize = toJson_ApplicationOperationSyncSourcesKustomize;
exports.toJson_ApplicationOperationSyncSourcesPlugin = toJson_ApplicationOperationSyncSourcesPlugin;
exports.toJson_ApplicationOperationSyncSyncStrategyApply = toJson_ApplicationOperationSyncSyncStrategyApply;
exports.toJson_ApplicationOperationSyncSyncStrategyHook = toJson_ApplicationOperationSyncSyncStrategyHook;
exports.toJson_ApplicationSpecSourceDirectoryJsonnet = toJson_ApplicationSpecSourceDirectoryJsonnet;
exports.toJson_ApplicationSpecSourceHelmFileParameters = toJson_ApplicationSpecSourceHelmFileParameters;
exports.toJson_ApplicationSpecSourceHelmParameters = toJson_ApplicationSpecSourceHelmParameters;
exports.toJson_ApplicationSpecSourceKustomizePatches = toJson_ApplicationSpecSourceKustomizePatches;
exports.toJson_ApplicationSpecSourceKustomizeReplicas = toJson_ApplicationSpecSourceKustomizeReplicas;
exports.toJson_ApplicationSpecSourcePluginEnv = toJson_ApplicationSpecSourcePluginEnv;
exports.toJson_ApplicationSpecSourcePluginParameters = toJson_ApplicationSpecSourcePluginParameters;
exports.toJson_ApplicationSpecSourceHydratorDrySourceDirectory = toJson_ApplicationSpecSourceHydratorDrySourceDirectory;
exports.toJson_ApplicationSpecSourceHydratorDrySourceHelm = toJson_ApplicationSpecSourceHydratorDrySourceHelm;
exports.toJson_ApplicationSpecSourceHydratorDrySourceKustomize = toJson_ApplicationSpecSourceHydratorDrySourceKustomize;
exports.toJson_ApplicationSpecSourceHydratorDrySourcePlugin = toJson_ApplicationSpecSourceHydratorDrySourcePlugin;
exports.toJson_ApplicationSpecSourcesDirectoryJsonnet = toJson_ApplicationSpecSourcesDirectoryJsonnet;
exports.toJson_ApplicationSpecSourcesHelmFileParameters = toJson_ApplicationSpecSourcesHelmFileParameters;
exports.toJson_ApplicationSpecSourcesHelmParameters = toJson_ApplicationSpecSourcesHelmParameters;
exports.toJson_ApplicationSpecSourcesKustomizePatches = toJson_ApplicationSpecSourcesKustomizePatches;
exports.toJson_ApplicationSpecSourcesKustomizeReplicas = toJson_ApplicationSpecSourcesKustomizeReplicas;
exports.toJson_ApplicationSpecSourcesPluginEnv = toJson_ApplicationSpecSourcesPluginEnv;
exports.toJson_ApplicationSpecSourcesPluginParameters = toJson_ApplicationSpecSourcesPluginParameters;
exports.toJson_ApplicationSpecSyncPolicyRetryBackoff = toJson_ApplicationSpecSyncPolicyRetryBackoff;
exports.toJson_ApplicationOperationSyncSourceDirectoryJsonnet = toJson_ApplicationOperationSyncSourceDirectoryJsonnet;
exports.toJson_ApplicationOperationSyncSourceHelmFileParameters = toJson_ApplicationOperationSyncSourceHelmFileParameters;
exports.toJson_ApplicationOperationSyncSourceHelmParameters = toJson_ApplicationOperationSyncSourceHelmParameters;
exports.toJson_ApplicationOperationSyncSourceKustomizePatches = toJson_ApplicationOperationSyncSourceKustomizePatches;
exports.toJson_ApplicationOperationSyncSourceKustomizeReplicas = toJson_ApplicationOperationSyncSourceKustomizeReplicas;
exports.toJson_ApplicationOperationSyncSourcePluginEnv = toJson_ApplicationOperationSyncSourcePluginEnv;
exports.toJson_ApplicationOperationSyncSourcePluginParameters = toJson_ApplicationOperationSyncSourcePluginParameters;
exports.toJson_ApplicationOperationSyncSourcesDirectoryJsonnet = toJson_ApplicationOperationSyncSourcesDirectoryJsonnet;
exports.toJson_ApplicationOperationSyncSourcesHelmFileParameters = toJson_ApplicationOperationSyncSourcesHelmFileParameters;
exports.toJson_ApplicationOperationSyncSourcesHelmParameters = toJson_ApplicationOperationSyncSourcesHelmParameters;
exports.toJson_ApplicationOperationSyncSourcesKustomizePatches = toJson_ApplicationOperationSyncSourcesKustomizePatches;
exports.toJson_ApplicationOperationSyncSourcesKustomizeReplicas = toJson_ApplicationOperationSyncSourcesKustomizeReplicas;
exports.toJson_ApplicationOperationSyncSourcesPluginEnv = toJson_ApplicationOperationSyncSourcesPluginEnv;
exports.toJson_ApplicationOperationSyncSourcesPluginParameters = toJson_ApplicationOperationSyncSourcesPluginParameters;
exports.toJson_ApplicationSpecSourceDirectoryJsonnetExtVars = toJson_ApplicationSpecSourceDirectoryJsonnetExtVars;
exports.toJson_ApplicationSpecSourceDirectoryJsonnetTlas = toJson_ApplicationSpecSourceDirectoryJsonnetTlas;
exports.toJson_ApplicationSpecSourceKustomizePatchesTarget = toJson_ApplicationSpecSourceKustomizePatchesTarget;
exports.toJson_ApplicationSpecSourceHydratorDrySourceDirectoryJsonnet = toJson_ApplicationSpecSourceHydratorDrySourceDirectoryJsonnet;
exports.toJson_ApplicationSpecSourceHydratorDrySourceHelmFileParameters = toJson_ApplicationSpecSourceHydratorDrySourceHelmFileParameters;
exports.toJson_ApplicationSpecSourceHydratorDrySourceHelmParameters = toJson_ApplicationSpecSourceHydratorDrySourceHelmParameters;
exports.toJson_ApplicationSpecSourceHydratorDrySourceKustomizePatches = toJson_ApplicationSpecSourceHydratorDrySourceKustomizePatches;
exports.toJson_ApplicationSpecSourceHydratorDrySourceKustomizeReplicas = toJson_ApplicationSpecSourceHydratorDrySourceKustomizeReplicas;
exports.toJson_ApplicationSpecSourceHydratorDrySourcePluginEnv = toJson_ApplicationSpecSourceHydratorDrySourcePluginEnv;
exports.toJson_ApplicationSpecSourceHydratorDrySourcePluginParameters = toJson_ApplicationSpecSourceHydratorDrySourcePluginParameters;
exports.toJson_ApplicationSpecSourcesDirectoryJsonnetExtVars = toJson_ApplicationSpecSourcesDirectoryJsonnetExtVars;
exports.toJson_ApplicationSpecSourcesDirectoryJsonnetTlas = toJson_ApplicationSpecSourcesDirectoryJsonnetTlas;
exports.toJson_ApplicationSpecSourcesKustomizePatchesTarget = toJson_ApplicationSpecSourcesKustomizePatchesTarget;
exports.toJson_ApplicationOperationSyncSourceDirectoryJsonnetExtVars = toJson_ApplicationOperationSyncSourceDirectoryJsonnetExtVars;
exports.toJson_ApplicationOperationSyncSourceDirectoryJsonnetTlas = toJson_ApplicationOperationSyncSourceDirectoryJsonnetTlas;
exports.toJson_ApplicationOperationSyncSourceKustomizePatchesTarget = toJson_ApplicationOperationSyncSourceKustomizePatchesTarget;
exports.toJson_ApplicationOperationSyncSourcesDirectoryJsonnetExtVars = toJson_ApplicationOperationSyncSourcesDirectoryJsonnetExtVars;
exports.toJson_ApplicationOperationSyncSourcesDirectoryJsonnetTlas = toJson_ApplicationOperationSyncSourcesDirectoryJsonnetTlas;
exports.toJson_ApplicationOperationSyncSourcesKustomizePatchesTarget = toJson_ApplicationOperationSyncSourcesKustomizePatchesTarget;
exports.toJson_ApplicationSpecSourceHydratorDrySourceDirectoryJsonnetExtVars = toJson_ApplicationSpecSourceHydratorDrySourceDirectoryJsonnetExtVars;
exports.toJson_ApplicationSpecSourceHydratorDrySourceDirectoryJsonnetTlas = toJson_ApplicationSpecSourceHydratorDrySourceDirectoryJsonnetTlas;
exports.toJson_ApplicationSpecSourceHydratorDrySourceKustomizePatchesTarget = toJson_ApplicationSpecSourceHydratorDrySourceKustomizePatchesTarget;
exports.toJson_AppProjectProps = toJson_AppProjectProps;
exports.toJson_AppProjectSpec = toJson_AppProjectSpec;
exports.toJson_AppProjectSpecClusterResourceBlacklist = toJson_AppProjectSpecClusterResourceBlacklist;
exports.toJson_AppProjectSpecClusterResourceWhitelist = toJson_AppProjectSpecClusterResourceWhitelist;
exports.toJson_AppProjectSpecDestinationServiceAccounts = toJson_AppProjectSpecDestinationServiceAccounts;
exports.toJson_AppProjectSpecDestinations = toJson_AppProjectSpecDestinations;
exports.toJson_AppProjectSpecNamespaceResourceBlacklist = toJson_AppProjectSpecNamespaceResourceBlacklist;
exports.toJson_AppProjectSpecNamespaceResourceWhitelist = toJson_AppProjectSpecNamespaceResourceWhitelist;
exports.toJson_AppProjectSpecOrphanedResources = toJson_AppProjectSpecOrphanedResources;
exports.toJson_AppProjectSpecRoles = toJson_AppProjectSpecRoles;
exports.toJson_AppProjectSpecSignatureKeys = toJson_AppProjectSpecSignatureKeys;
exports.toJson_AppProjectSpecSourceIntegrity = toJson_AppProjectSpecSourceIntegrity;
exports.toJson_AppProjectSpecSyncWindows = toJson_AppProjectSpecSyncWindows;
exports.toJson_AppProjectSpecOrphanedResourcesIgnore = toJson_AppProjectSpecOrphanedResourcesIgnore;
exports.toJson_AppProjectSpecRolesJwtTokens = toJson_AppProjectSpecRolesJwtTokens;
exports.toJson_AppProjectSpecSourceIntegrityGit = toJson_AppProjectSpecSourceIntegrityGit;
exports.toJson_AppProjectSpecSourceIntegrityGitPolicies = toJson_AppProjectSpecSourceIntegrityGitPolicies;
exports.toJson_AppProjectSpecSourceIntegrityGitPoliciesGpg = toJson_AppProjectSpecSourceIntegrityGitPoliciesGpg;
exports.toJson_AppProjectSpecSourceIntegrityGitPoliciesRepos = toJson_AppProjectSpecSourceIntegrityGitPoliciesRepos;
// generated by cdk8s
const cdk8s_1 = require("cdk8s");
/**
 * Application is a definition of Application resource.
 *
 * @schema Application
 */
class Application extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "Application"
     */
    static GVK = {
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Application',
    };
    /**
     * Renders a Kubernetes manifest for "Application".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props) {
        return {
            ...Application.GVK,
            ...toJson_ApplicationProps(props),
        };
    }
    /**
     * Defines a "Application" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props) {
        super(scope, id, {
            ...Application.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...Application.GVK,
            ...toJson_ApplicationProps(resolved),
        };
    }
}
exports.Application = Application;
/**
 * Converts an object of type 'ApplicationProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'operation': toJson_ApplicationOperation(obj.operation),
        'spec': toJson_ApplicationSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperation' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperation(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'info': obj.info?.map(y => toJson_ApplicationOperationInfo(y)),
        'initiatedBy': toJson_ApplicationOperationInitiatedBy(obj.initiatedBy),
        'retry': toJson_ApplicationOperationRetry(obj.retry),
        'sync': toJson_ApplicationOperationSync(obj.sync),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'destination': toJson_ApplicationSpecDestination(obj.destination),
        'ignoreDifferences': obj.ignoreDifferences?.map(y => toJson_ApplicationSpecIgnoreDifferences(y)),
        'info': obj.info?.map(y => toJson_ApplicationSpecInfo(y)),
        'project': obj.project,
        'revisionHistoryLimit': obj.revisionHistoryLimit,
        'source': toJson_ApplicationSpecSource(obj.source),
        'sourceHydrator': toJson_ApplicationSpecSourceHydrator(obj.sourceHydrator),
        'sources': obj.sources?.map(y => toJson_ApplicationSpecSources(y)),
        'syncPolicy': toJson_ApplicationSpecSyncPolicy(obj.syncPolicy),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationInfo' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationInfo(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationInitiatedBy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationInitiatedBy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'automated': obj.automated,
        'username': obj.username,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationRetry' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationRetry(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backoff': toJson_ApplicationOperationRetryBackoff(obj.backoff),
        'limit': obj.limit,
        'refresh': obj.refresh,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSync' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSync(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'autoHealAttemptsCount': obj.autoHealAttemptsCount,
        'dryRun': obj.dryRun,
        'manifests': obj.manifests?.map(y => y),
        'prune': obj.prune,
        'resources': obj.resources?.map(y => toJson_ApplicationOperationSyncResources(y)),
        'revision': obj.revision,
        'revisions': obj.revisions?.map(y => y),
        'source': toJson_ApplicationOperationSyncSource(obj.source),
        'sources': obj.sources?.map(y => toJson_ApplicationOperationSyncSources(y)),
        'syncOptions': obj.syncOptions?.map(y => y),
        'syncStrategy': toJson_ApplicationOperationSyncSyncStrategy(obj.syncStrategy),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecDestination' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecDestination(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'namespace': obj.namespace,
        'server': obj.server,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecIgnoreDifferences' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecIgnoreDifferences(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'jqPathExpressions': obj.jqPathExpressions?.map(y => y),
        'jsonPointers': obj.jsonPointers?.map(y => y),
        'kind': obj.kind,
        'managedFieldsManagers': obj.managedFieldsManagers?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecInfo' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecInfo(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'chart': obj.chart,
        'directory': toJson_ApplicationSpecSourceDirectory(obj.directory),
        'helm': toJson_ApplicationSpecSourceHelm(obj.helm),
        'kustomize': toJson_ApplicationSpecSourceKustomize(obj.kustomize),
        'name': obj.name,
        'path': obj.path,
        'plugin': toJson_ApplicationSpecSourcePlugin(obj.plugin),
        'ref': obj.ref,
        'repoURL': obj.repoUrl,
        'tagPrefix': obj.tagPrefix,
        'targetRevision': obj.targetRevision,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourceHydrator' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourceHydrator(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'drySource': toJson_ApplicationSpecSourceHydratorDrySource(obj.drySource),
        'hydrateTo': toJson_ApplicationSpecSourceHydratorHydrateTo(obj.hydrateTo),
        'syncSource': toJson_ApplicationSpecSourceHydratorSyncSource(obj.syncSource),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'chart': obj.chart,
        'directory': toJson_ApplicationSpecSourcesDirectory(obj.directory),
        'helm': toJson_ApplicationSpecSourcesHelm(obj.helm),
        'kustomize': toJson_ApplicationSpecSourcesKustomize(obj.kustomize),
        'name': obj.name,
        'path': obj.path,
        'plugin': toJson_ApplicationSpecSourcesPlugin(obj.plugin),
        'ref': obj.ref,
        'repoURL': obj.repoUrl,
        'tagPrefix': obj.tagPrefix,
        'targetRevision': obj.targetRevision,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSyncPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSyncPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'automated': toJson_ApplicationSpecSyncPolicyAutomated(obj.automated),
        'managedNamespaceMetadata': toJson_ApplicationSpecSyncPolicyManagedNamespaceMetadata(obj.managedNamespaceMetadata),
        'retry': toJson_ApplicationSpecSyncPolicyRetry(obj.retry),
        'syncOptions': obj.syncOptions?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationRetryBackoff' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationRetryBackoff(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'duration': obj.duration,
        'factor': obj.factor,
        'maxDuration': obj.maxDuration,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'chart': obj.chart,
        'directory': toJson_ApplicationOperationSyncSourceDirectory(obj.directory),
        'helm': toJson_ApplicationOperationSyncSourceHelm(obj.helm),
        'kustomize': toJson_ApplicationOperationSyncSourceKustomize(obj.kustomize),
        'name': obj.name,
        'path': obj.path,
        'plugin': toJson_ApplicationOperationSyncSourcePlugin(obj.plugin),
        'ref': obj.ref,
        'repoURL': obj.repoUrl,
        'tagPrefix': obj.tagPrefix,
        'targetRevision': obj.targetRevision,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncSources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'chart': obj.chart,
        'directory': toJson_ApplicationOperationSyncSourcesDirectory(obj.directory),
        'helm': toJson_ApplicationOperationSyncSourcesHelm(obj.helm),
        'kustomize': toJson_ApplicationOperationSyncSourcesKustomize(obj.kustomize),
        'name': obj.name,
        'path': obj.path,
        'plugin': toJson_ApplicationOperationSyncSourcesPlugin(obj.plugin),
        'ref': obj.ref,
        'repoURL': obj.repoUrl,
        'tagPrefix': obj.tagPrefix,
        'targetRevision': obj.targetRevision,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncSyncStrategy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSyncStrategy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apply': toJson_ApplicationOperationSyncSyncStrategyApply(obj.apply),
        'hook': toJson_ApplicationOperationSyncSyncStrategyHook(obj.hook),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourceDirectory' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourceDirectory(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exclude': obj.exclude,
        'include': obj.include,
        'jsonnet': toJson_ApplicationSpecSourceDirectoryJsonnet(obj.jsonnet),
        'recurse': obj.recurse,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourceHelm' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourceHelm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersions': obj.apiVersions?.map(y => y),
        'fileParameters': obj.fileParameters?.map(y => toJson_ApplicationSpecSourceHelmFileParameters(y)),
        'ignoreMissingValueFiles': obj.ignoreMissingValueFiles,
        'kubeVersion': obj.kubeVersion,
        'namespace': obj.namespace,
        'parameters': obj.parameters?.map(y => toJson_ApplicationSpecSourceHelmParameters(y)),
        'passCredentials': obj.passCredentials,
        'releaseName': obj.releaseName,
        'skipCrds': obj.skipCrds,
        'skipSchemaValidation': obj.skipSchemaValidation,
        'skipTests': obj.skipTests,
        'valueFiles': obj.valueFiles?.map(y => y),
        'values': obj.values,
        'valuesObject': obj.valuesObject,
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourceKustomize' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourceKustomize(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersions': obj.apiVersions?.map(y => y),
        'commonAnnotations': ((obj.commonAnnotations) === undefined) ? undefined : (Object.entries(obj.commonAnnotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'commonAnnotationsEnvsubst': obj.commonAnnotationsEnvsubst,
        'commonLabels': ((obj.commonLabels) === undefined) ? undefined : (Object.entries(obj.commonLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'components': obj.components?.map(y => y),
        'forceCommonAnnotations': obj.forceCommonAnnotations,
        'forceCommonLabels': obj.forceCommonLabels,
        'ignoreMissingComponents': obj.ignoreMissingComponents,
        'images': obj.images?.map(y => y),
        'kubeVersion': obj.kubeVersion,
        'labelIncludeTemplates': obj.labelIncludeTemplates,
        'labelWithoutSelector': obj.labelWithoutSelector,
        'namePrefix': obj.namePrefix,
        'nameSuffix': obj.nameSuffix,
        'namespace': obj.namespace,
        'patches': obj.patches?.map(y => toJson_ApplicationSpecSourceKustomizePatches(y)),
        'replicas': obj.replicas?.map(y => toJson_ApplicationSpecSourceKustomizeReplicas(y)),
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourcePlugin' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourcePlugin(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'env': obj.env?.map(y => toJson_ApplicationSpecSourcePluginEnv(y)),
        'name': obj.name,
        'parameters': obj.parameters?.map(y => toJson_ApplicationSpecSourcePluginParameters(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourceHydratorDrySource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourceHydratorDrySource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'directory': toJson_ApplicationSpecSourceHydratorDrySourceDirectory(obj.directory),
        'helm': toJson_ApplicationSpecSourceHydratorDrySourceHelm(obj.helm),
        'kustomize': toJson_ApplicationSpecSourceHydratorDrySourceKustomize(obj.kustomize),
        'path': obj.path,
        'plugin': toJson_ApplicationSpecSourceHydratorDrySourcePlugin(obj.plugin),
        'repoURL': obj.repoUrl,
        'targetRevision': obj.targetRevision,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourceHydratorHydrateTo' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourceHydratorHydrateTo(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'targetBranch': obj.targetBranch,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourceHydratorSyncSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourceHydratorSyncSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
        'repoURL': obj.repoUrl,
        'targetBranch': obj.targetBranch,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourcesDirectory' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourcesDirectory(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exclude': obj.exclude,
        'include': obj.include,
        'jsonnet': toJson_ApplicationSpecSourcesDirectoryJsonnet(obj.jsonnet),
        'recurse': obj.recurse,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourcesHelm' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourcesHelm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersions': obj.apiVersions?.map(y => y),
        'fileParameters': obj.fileParameters?.map(y => toJson_ApplicationSpecSourcesHelmFileParameters(y)),
        'ignoreMissingValueFiles': obj.ignoreMissingValueFiles,
        'kubeVersion': obj.kubeVersion,
        'namespace': obj.namespace,
        'parameters': obj.parameters?.map(y => toJson_ApplicationSpecSourcesHelmParameters(y)),
        'passCredentials': obj.passCredentials,
        'releaseName': obj.releaseName,
        'skipCrds': obj.skipCrds,
        'skipSchemaValidation': obj.skipSchemaValidation,
        'skipTests': obj.skipTests,
        'valueFiles': obj.valueFiles?.map(y => y),
        'values': obj.values,
        'valuesObject': obj.valuesObject,
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourcesKustomize' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourcesKustomize(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersions': obj.apiVersions?.map(y => y),
        'commonAnnotations': ((obj.commonAnnotations) === undefined) ? undefined : (Object.entries(obj.commonAnnotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'commonAnnotationsEnvsubst': obj.commonAnnotationsEnvsubst,
        'commonLabels': ((obj.commonLabels) === undefined) ? undefined : (Object.entries(obj.commonLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'components': obj.components?.map(y => y),
        'forceCommonAnnotations': obj.forceCommonAnnotations,
        'forceCommonLabels': obj.forceCommonLabels,
        'ignoreMissingComponents': obj.ignoreMissingComponents,
        'images': obj.images?.map(y => y),
        'kubeVersion': obj.kubeVersion,
        'labelIncludeTemplates': obj.labelIncludeTemplates,
        'labelWithoutSelector': obj.labelWithoutSelector,
        'namePrefix': obj.namePrefix,
        'nameSuffix': obj.nameSuffix,
        'namespace': obj.namespace,
        'patches': obj.patches?.map(y => toJson_ApplicationSpecSourcesKustomizePatches(y)),
        'replicas': obj.replicas?.map(y => toJson_ApplicationSpecSourcesKustomizeReplicas(y)),
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourcesPlugin' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourcesPlugin(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'env': obj.env?.map(y => toJson_ApplicationSpecSourcesPluginEnv(y)),
        'name': obj.name,
        'parameters': obj.parameters?.map(y => toJson_ApplicationSpecSourcesPluginParameters(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSyncPolicyAutomated' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSyncPolicyAutomated(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowEmpty': obj.allowEmpty,
        'enabled': obj.enabled,
        'prune': obj.prune,
        'selfHeal': obj.selfHeal,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSyncPolicyManagedNamespaceMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSyncPolicyManagedNamespaceMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSyncPolicyRetry' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSyncPolicyRetry(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backoff': toJson_ApplicationSpecSyncPolicyRetryBackoff(obj.backoff),
        'limit': obj.limit,
        'refresh': obj.refresh,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncSourceDirectory' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSourceDirectory(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exclude': obj.exclude,
        'include': obj.include,
        'jsonnet': toJson_ApplicationOperationSyncSourceDirectoryJsonnet(obj.jsonnet),
        'recurse': obj.recurse,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncSourceHelm' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSourceHelm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersions': obj.apiVersions?.map(y => y),
        'fileParameters': obj.fileParameters?.map(y => toJson_ApplicationOperationSyncSourceHelmFileParameters(y)),
        'ignoreMissingValueFiles': obj.ignoreMissingValueFiles,
        'kubeVersion': obj.kubeVersion,
        'namespace': obj.namespace,
        'parameters': obj.parameters?.map(y => toJson_ApplicationOperationSyncSourceHelmParameters(y)),
        'passCredentials': obj.passCredentials,
        'releaseName': obj.releaseName,
        'skipCrds': obj.skipCrds,
        'skipSchemaValidation': obj.skipSchemaValidation,
        'skipTests': obj.skipTests,
        'valueFiles': obj.valueFiles?.map(y => y),
        'values': obj.values,
        'valuesObject': obj.valuesObject,
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncSourceKustomize' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSourceKustomize(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersions': obj.apiVersions?.map(y => y),
        'commonAnnotations': ((obj.commonAnnotations) === undefined) ? undefined : (Object.entries(obj.commonAnnotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'commonAnnotationsEnvsubst': obj.commonAnnotationsEnvsubst,
        'commonLabels': ((obj.commonLabels) === undefined) ? undefined : (Object.entries(obj.commonLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'components': obj.components?.map(y => y),
        'forceCommonAnnotations': obj.forceCommonAnnotations,
        'forceCommonLabels': obj.forceCommonLabels,
        'ignoreMissingComponents': obj.ignoreMissingComponents,
        'images': obj.images?.map(y => y),
        'kubeVersion': obj.kubeVersion,
        'labelIncludeTemplates': obj.labelIncludeTemplates,
        'labelWithoutSelector': obj.labelWithoutSelector,
        'namePrefix': obj.namePrefix,
        'nameSuffix': obj.nameSuffix,
        'namespace': obj.namespace,
        'patches': obj.patches?.map(y => toJson_ApplicationOperationSyncSourceKustomizePatches(y)),
        'replicas': obj.replicas?.map(y => toJson_ApplicationOperationSyncSourceKustomizeReplicas(y)),
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncSourcePlugin' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSourcePlugin(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'env': obj.env?.map(y => toJson_ApplicationOperationSyncSourcePluginEnv(y)),
        'name': obj.name,
        'parameters': obj.parameters?.map(y => toJson_ApplicationOperationSyncSourcePluginParameters(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncSourcesDirectory' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSourcesDirectory(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exclude': obj.exclude,
        'include': obj.include,
        'jsonnet': toJson_ApplicationOperationSyncSourcesDirectoryJsonnet(obj.jsonnet),
        'recurse': obj.recurse,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncSourcesHelm' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSourcesHelm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersions': obj.apiVersions?.map(y => y),
        'fileParameters': obj.fileParameters?.map(y => toJson_ApplicationOperationSyncSourcesHelmFileParameters(y)),
        'ignoreMissingValueFiles': obj.ignoreMissingValueFiles,
        'kubeVersion': obj.kubeVersion,
        'namespace': obj.namespace,
        'parameters': obj.parameters?.map(y => toJson_ApplicationOperationSyncSourcesHelmParameters(y)),
        'passCredentials': obj.passCredentials,
        'releaseName': obj.releaseName,
        'skipCrds': obj.skipCrds,
        'skipSchemaValidation': obj.skipSchemaValidation,
        'skipTests': obj.skipTests,
        'valueFiles': obj.valueFiles?.map(y => y),
        'values': obj.values,
        'valuesObject': obj.valuesObject,
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncSourcesKustomize' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSourcesKustomize(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersions': obj.apiVersions?.map(y => y),
        'commonAnnotations': ((obj.commonAnnotations) === undefined) ? undefined : (Object.entries(obj.commonAnnotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'commonAnnotationsEnvsubst': obj.commonAnnotationsEnvsubst,
        'commonLabels': ((obj.commonLabels) === undefined) ? undefined : (Object.entries(obj.commonLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'components': obj.components?.map(y => y),
        'forceCommonAnnotations': obj.forceCommonAnnotations,
        'forceCommonLabels': obj.forceCommonLabels,
        'ignoreMissingComponents': obj.ignoreMissingComponents,
        'images': obj.images?.map(y => y),
        'kubeVersion': obj.kubeVersion,
        'labelIncludeTemplates': obj.labelIncludeTemplates,
        'labelWithoutSelector': obj.labelWithoutSelector,
        'namePrefix': obj.namePrefix,
        'nameSuffix': obj.nameSuffix,
        'namespace': obj.namespace,
        'patches': obj.patches?.map(y => toJson_ApplicationOperationSyncSourcesKustomizePatches(y)),
        'replicas': obj.replicas?.map(y => toJson_ApplicationOperationSyncSourcesKustomizeReplicas(y)),
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncSourcesPlugin' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSourcesPlugin(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'env': obj.env?.map(y => toJson_ApplicationOperationSyncSourcesPluginEnv(y)),
        'name': obj.name,
        'parameters': obj.parameters?.map(y => toJson_ApplicationOperationSyncSourcesPluginParameters(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncSyncStrategyApply' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSyncStrategyApply(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'force': obj.force,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncSyncStrategyHook' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSyncStrategyHook(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'force': obj.force,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourceDirectoryJsonnet' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourceDirectoryJsonnet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'extVars': obj.extVars?.map(y => toJson_ApplicationSpecSourceDirectoryJsonnetExtVars(y)),
        'libs': obj.libs?.map(y => y),
        'tlas': obj.tlas?.map(y => toJson_ApplicationSpecSourceDirectoryJsonnetTlas(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourceHelmFileParameters' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourceHelmFileParameters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'path': obj.path,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourceHelmParameters' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourceHelmParameters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'forceString': obj.forceString,
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourceKustomizePatches' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourceKustomizePatches(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'options': ((obj.options) === undefined) ? undefined : (Object.entries(obj.options).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'patch': obj.patch,
        'path': obj.path,
        'target': toJson_ApplicationSpecSourceKustomizePatchesTarget(obj.target),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourceKustomizeReplicas' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourceKustomizeReplicas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'count': obj.count?.value,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourcePluginEnv' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourcePluginEnv(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourcePluginParameters' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourcePluginParameters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'array': obj.array?.map(y => y),
        'map': ((obj.map) === undefined) ? undefined : (Object.entries(obj.map).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'name': obj.name,
        'string': obj.string,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourceHydratorDrySourceDirectory' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourceHydratorDrySourceDirectory(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exclude': obj.exclude,
        'include': obj.include,
        'jsonnet': toJson_ApplicationSpecSourceHydratorDrySourceDirectoryJsonnet(obj.jsonnet),
        'recurse': obj.recurse,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourceHydratorDrySourceHelm' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourceHydratorDrySourceHelm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersions': obj.apiVersions?.map(y => y),
        'fileParameters': obj.fileParameters?.map(y => toJson_ApplicationSpecSourceHydratorDrySourceHelmFileParameters(y)),
        'ignoreMissingValueFiles': obj.ignoreMissingValueFiles,
        'kubeVersion': obj.kubeVersion,
        'namespace': obj.namespace,
        'parameters': obj.parameters?.map(y => toJson_ApplicationSpecSourceHydratorDrySourceHelmParameters(y)),
        'passCredentials': obj.passCredentials,
        'releaseName': obj.releaseName,
        'skipCrds': obj.skipCrds,
        'skipSchemaValidation': obj.skipSchemaValidation,
        'skipTests': obj.skipTests,
        'valueFiles': obj.valueFiles?.map(y => y),
        'values': obj.values,
        'valuesObject': obj.valuesObject,
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourceHydratorDrySourceKustomize' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourceHydratorDrySourceKustomize(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersions': obj.apiVersions?.map(y => y),
        'commonAnnotations': ((obj.commonAnnotations) === undefined) ? undefined : (Object.entries(obj.commonAnnotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'commonAnnotationsEnvsubst': obj.commonAnnotationsEnvsubst,
        'commonLabels': ((obj.commonLabels) === undefined) ? undefined : (Object.entries(obj.commonLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'components': obj.components?.map(y => y),
        'forceCommonAnnotations': obj.forceCommonAnnotations,
        'forceCommonLabels': obj.forceCommonLabels,
        'ignoreMissingComponents': obj.ignoreMissingComponents,
        'images': obj.images?.map(y => y),
        'kubeVersion': obj.kubeVersion,
        'labelIncludeTemplates': obj.labelIncludeTemplates,
        'labelWithoutSelector': obj.labelWithoutSelector,
        'namePrefix': obj.namePrefix,
        'nameSuffix': obj.nameSuffix,
        'namespace': obj.namespace,
        'patches': obj.patches?.map(y => toJson_ApplicationSpecSourceHydratorDrySourceKustomizePatches(y)),
        'replicas': obj.replicas?.map(y => toJson_ApplicationSpecSourceHydratorDrySourceKustomizeReplicas(y)),
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourceHydratorDrySourcePlugin' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourceHydratorDrySourcePlugin(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'env': obj.env?.map(y => toJson_ApplicationSpecSourceHydratorDrySourcePluginEnv(y)),
        'name': obj.name,
        'parameters': obj.parameters?.map(y => toJson_ApplicationSpecSourceHydratorDrySourcePluginParameters(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourcesDirectoryJsonnet' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourcesDirectoryJsonnet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'extVars': obj.extVars?.map(y => toJson_ApplicationSpecSourcesDirectoryJsonnetExtVars(y)),
        'libs': obj.libs?.map(y => y),
        'tlas': obj.tlas?.map(y => toJson_ApplicationSpecSourcesDirectoryJsonnetTlas(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourcesHelmFileParameters' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourcesHelmFileParameters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'path': obj.path,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourcesHelmParameters' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourcesHelmParameters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'forceString': obj.forceString,
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourcesKustomizePatches' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourcesKustomizePatches(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'options': ((obj.options) === undefined) ? undefined : (Object.entries(obj.options).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'patch': obj.patch,
        'path': obj.path,
        'target': toJson_ApplicationSpecSourcesKustomizePatchesTarget(obj.target),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourcesKustomizeReplicas' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourcesKustomizeReplicas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'count': obj.count?.value,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourcesPluginEnv' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourcesPluginEnv(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourcesPluginParameters' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourcesPluginParameters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'array': obj.array?.map(y => y),
        'map': ((obj.map) === undefined) ? undefined : (Object.entries(obj.map).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'name': obj.name,
        'string': obj.string,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSyncPolicyRetryBackoff' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSyncPolicyRetryBackoff(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'duration': obj.duration,
        'factor': obj.factor,
        'maxDuration': obj.maxDuration,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncSourceDirectoryJsonnet' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSourceDirectoryJsonnet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'extVars': obj.extVars?.map(y => toJson_ApplicationOperationSyncSourceDirectoryJsonnetExtVars(y)),
        'libs': obj.libs?.map(y => y),
        'tlas': obj.tlas?.map(y => toJson_ApplicationOperationSyncSourceDirectoryJsonnetTlas(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncSourceHelmFileParameters' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSourceHelmFileParameters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'path': obj.path,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncSourceHelmParameters' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSourceHelmParameters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'forceString': obj.forceString,
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncSourceKustomizePatches' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSourceKustomizePatches(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'options': ((obj.options) === undefined) ? undefined : (Object.entries(obj.options).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'patch': obj.patch,
        'path': obj.path,
        'target': toJson_ApplicationOperationSyncSourceKustomizePatchesTarget(obj.target),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncSourceKustomizeReplicas' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSourceKustomizeReplicas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'count': obj.count?.value,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncSourcePluginEnv' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSourcePluginEnv(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncSourcePluginParameters' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSourcePluginParameters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'array': obj.array?.map(y => y),
        'map': ((obj.map) === undefined) ? undefined : (Object.entries(obj.map).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'name': obj.name,
        'string': obj.string,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncSourcesDirectoryJsonnet' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSourcesDirectoryJsonnet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'extVars': obj.extVars?.map(y => toJson_ApplicationOperationSyncSourcesDirectoryJsonnetExtVars(y)),
        'libs': obj.libs?.map(y => y),
        'tlas': obj.tlas?.map(y => toJson_ApplicationOperationSyncSourcesDirectoryJsonnetTlas(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncSourcesHelmFileParameters' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSourcesHelmFileParameters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'path': obj.path,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncSourcesHelmParameters' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSourcesHelmParameters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'forceString': obj.forceString,
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncSourcesKustomizePatches' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSourcesKustomizePatches(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'options': ((obj.options) === undefined) ? undefined : (Object.entries(obj.options).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'patch': obj.patch,
        'path': obj.path,
        'target': toJson_ApplicationOperationSyncSourcesKustomizePatchesTarget(obj.target),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncSourcesKustomizeReplicas' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSourcesKustomizeReplicas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'count': obj.count?.value,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncSourcesPluginEnv' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSourcesPluginEnv(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncSourcesPluginParameters' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSourcesPluginParameters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'array': obj.array?.map(y => y),
        'map': ((obj.map) === undefined) ? undefined : (Object.entries(obj.map).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'name': obj.name,
        'string': obj.string,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourceDirectoryJsonnetExtVars' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourceDirectoryJsonnetExtVars(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'code': obj.code,
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourceDirectoryJsonnetTlas' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourceDirectoryJsonnetTlas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'code': obj.code,
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourceKustomizePatchesTarget' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourceKustomizePatchesTarget(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotationSelector': obj.annotationSelector,
        'group': obj.group,
        'kind': obj.kind,
        'labelSelector': obj.labelSelector,
        'name': obj.name,
        'namespace': obj.namespace,
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Number of replicas
 *
 * @schema ApplicationSpecSourceKustomizeReplicasCount
 */
class ApplicationSpecSourceKustomizeReplicasCount {
    value;
    static fromNumber(value) {
        return new ApplicationSpecSourceKustomizeReplicasCount(value);
    }
    static fromString(value) {
        return new ApplicationSpecSourceKustomizeReplicasCount(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ApplicationSpecSourceKustomizeReplicasCount = ApplicationSpecSourceKustomizeReplicasCount;
/**
 * Converts an object of type 'ApplicationSpecSourceHydratorDrySourceDirectoryJsonnet' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourceHydratorDrySourceDirectoryJsonnet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'extVars': obj.extVars?.map(y => toJson_ApplicationSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(y)),
        'libs': obj.libs?.map(y => y),
        'tlas': obj.tlas?.map(y => toJson_ApplicationSpecSourceHydratorDrySourceDirectoryJsonnetTlas(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourceHydratorDrySourceHelmFileParameters' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourceHydratorDrySourceHelmFileParameters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'path': obj.path,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourceHydratorDrySourceHelmParameters' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourceHydratorDrySourceHelmParameters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'forceString': obj.forceString,
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourceHydratorDrySourceKustomizePatches' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourceHydratorDrySourceKustomizePatches(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'options': ((obj.options) === undefined) ? undefined : (Object.entries(obj.options).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'patch': obj.patch,
        'path': obj.path,
        'target': toJson_ApplicationSpecSourceHydratorDrySourceKustomizePatchesTarget(obj.target),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourceHydratorDrySourceKustomizeReplicas' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourceHydratorDrySourceKustomizeReplicas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'count': obj.count?.value,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourceHydratorDrySourcePluginEnv' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourceHydratorDrySourcePluginEnv(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourceHydratorDrySourcePluginParameters' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourceHydratorDrySourcePluginParameters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'array': obj.array?.map(y => y),
        'map': ((obj.map) === undefined) ? undefined : (Object.entries(obj.map).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'name': obj.name,
        'string': obj.string,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourcesDirectoryJsonnetExtVars' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourcesDirectoryJsonnetExtVars(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'code': obj.code,
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourcesDirectoryJsonnetTlas' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourcesDirectoryJsonnetTlas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'code': obj.code,
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourcesKustomizePatchesTarget' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourcesKustomizePatchesTarget(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotationSelector': obj.annotationSelector,
        'group': obj.group,
        'kind': obj.kind,
        'labelSelector': obj.labelSelector,
        'name': obj.name,
        'namespace': obj.namespace,
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Number of replicas
 *
 * @schema ApplicationSpecSourcesKustomizeReplicasCount
 */
class ApplicationSpecSourcesKustomizeReplicasCount {
    value;
    static fromNumber(value) {
        return new ApplicationSpecSourcesKustomizeReplicasCount(value);
    }
    static fromString(value) {
        return new ApplicationSpecSourcesKustomizeReplicasCount(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ApplicationSpecSourcesKustomizeReplicasCount = ApplicationSpecSourcesKustomizeReplicasCount;
/**
 * Converts an object of type 'ApplicationOperationSyncSourceDirectoryJsonnetExtVars' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSourceDirectoryJsonnetExtVars(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'code': obj.code,
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncSourceDirectoryJsonnetTlas' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSourceDirectoryJsonnetTlas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'code': obj.code,
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncSourceKustomizePatchesTarget' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSourceKustomizePatchesTarget(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotationSelector': obj.annotationSelector,
        'group': obj.group,
        'kind': obj.kind,
        'labelSelector': obj.labelSelector,
        'name': obj.name,
        'namespace': obj.namespace,
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Number of replicas
 *
 * @schema ApplicationOperationSyncSourceKustomizeReplicasCount
 */
class ApplicationOperationSyncSourceKustomizeReplicasCount {
    value;
    static fromNumber(value) {
        return new ApplicationOperationSyncSourceKustomizeReplicasCount(value);
    }
    static fromString(value) {
        return new ApplicationOperationSyncSourceKustomizeReplicasCount(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ApplicationOperationSyncSourceKustomizeReplicasCount = ApplicationOperationSyncSourceKustomizeReplicasCount;
/**
 * Converts an object of type 'ApplicationOperationSyncSourcesDirectoryJsonnetExtVars' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSourcesDirectoryJsonnetExtVars(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'code': obj.code,
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncSourcesDirectoryJsonnetTlas' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSourcesDirectoryJsonnetTlas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'code': obj.code,
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationOperationSyncSourcesKustomizePatchesTarget' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationOperationSyncSourcesKustomizePatchesTarget(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotationSelector': obj.annotationSelector,
        'group': obj.group,
        'kind': obj.kind,
        'labelSelector': obj.labelSelector,
        'name': obj.name,
        'namespace': obj.namespace,
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Number of replicas
 *
 * @schema ApplicationOperationSyncSourcesKustomizeReplicasCount
 */
class ApplicationOperationSyncSourcesKustomizeReplicasCount {
    value;
    static fromNumber(value) {
        return new ApplicationOperationSyncSourcesKustomizeReplicasCount(value);
    }
    static fromString(value) {
        return new ApplicationOperationSyncSourcesKustomizeReplicasCount(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ApplicationOperationSyncSourcesKustomizeReplicasCount = ApplicationOperationSyncSourcesKustomizeReplicasCount;
/**
 * Converts an object of type 'ApplicationSpecSourceHydratorDrySourceDirectoryJsonnetExtVars' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'code': obj.code,
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourceHydratorDrySourceDirectoryJsonnetTlas' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourceHydratorDrySourceDirectoryJsonnetTlas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'code': obj.code,
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ApplicationSpecSourceHydratorDrySourceKustomizePatchesTarget' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ApplicationSpecSourceHydratorDrySourceKustomizePatchesTarget(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotationSelector': obj.annotationSelector,
        'group': obj.group,
        'kind': obj.kind,
        'labelSelector': obj.labelSelector,
        'name': obj.name,
        'namespace': obj.namespace,
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Number of replicas
 *
 * @schema ApplicationSpecSourceHydratorDrySourceKustomizeReplicasCount
 */
class ApplicationSpecSourceHydratorDrySourceKustomizeReplicasCount {
    value;
    static fromNumber(value) {
        return new ApplicationSpecSourceHydratorDrySourceKustomizeReplicasCount(value);
    }
    static fromString(value) {
        return new ApplicationSpecSourceHydratorDrySourceKustomizeReplicasCount(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ApplicationSpecSourceHydratorDrySourceKustomizeReplicasCount = ApplicationSpecSourceHydratorDrySourceKustomizeReplicasCount;
/**
 * AppProject provides a logical grouping of applications, providing controls for:
* where the apps may deploy to (cluster whitelist)
* what may be deployed (repository whitelist, resource whitelist/blacklist)
* who can access these applications (roles, OIDC group claims bindings)
* and what they can do (RBAC policies)
* automation access to these roles (JWT tokens)
 *
 * @schema AppProject
 */
class AppProject extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "AppProject"
     */
    static GVK = {
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'AppProject',
    };
    /**
     * Renders a Kubernetes manifest for "AppProject".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props) {
        return {
            ...AppProject.GVK,
            ...toJson_AppProjectProps(props),
        };
    }
    /**
     * Defines a "AppProject" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props) {
        super(scope, id, {
            ...AppProject.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...AppProject.GVK,
            ...toJson_AppProjectProps(resolved),
        };
    }
}
exports.AppProject = AppProject;
/**
 * Converts an object of type 'AppProjectProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AppProjectProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_AppProjectSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AppProjectSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AppProjectSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clusterResourceBlacklist': obj.clusterResourceBlacklist?.map(y => toJson_AppProjectSpecClusterResourceBlacklist(y)),
        'clusterResourceWhitelist': obj.clusterResourceWhitelist?.map(y => toJson_AppProjectSpecClusterResourceWhitelist(y)),
        'description': obj.description,
        'destinationServiceAccounts': obj.destinationServiceAccounts?.map(y => toJson_AppProjectSpecDestinationServiceAccounts(y)),
        'destinations': obj.destinations?.map(y => toJson_AppProjectSpecDestinations(y)),
        'namespaceResourceBlacklist': obj.namespaceResourceBlacklist?.map(y => toJson_AppProjectSpecNamespaceResourceBlacklist(y)),
        'namespaceResourceWhitelist': obj.namespaceResourceWhitelist?.map(y => toJson_AppProjectSpecNamespaceResourceWhitelist(y)),
        'orphanedResources': toJson_AppProjectSpecOrphanedResources(obj.orphanedResources),
        'permitOnlyProjectScopedClusters': obj.permitOnlyProjectScopedClusters,
        'roles': obj.roles?.map(y => toJson_AppProjectSpecRoles(y)),
        'signatureKeys': obj.signatureKeys?.map(y => toJson_AppProjectSpecSignatureKeys(y)),
        'sourceIntegrity': toJson_AppProjectSpecSourceIntegrity(obj.sourceIntegrity),
        'sourceNamespaces': obj.sourceNamespaces?.map(y => y),
        'sourceRepos': obj.sourceRepos?.map(y => y),
        'syncWindows': obj.syncWindows?.map(y => toJson_AppProjectSpecSyncWindows(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AppProjectSpecClusterResourceBlacklist' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AppProjectSpecClusterResourceBlacklist(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AppProjectSpecClusterResourceWhitelist' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AppProjectSpecClusterResourceWhitelist(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AppProjectSpecDestinationServiceAccounts' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AppProjectSpecDestinationServiceAccounts(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'defaultServiceAccount': obj.defaultServiceAccount,
        'namespace': obj.namespace,
        'server': obj.server,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AppProjectSpecDestinations' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AppProjectSpecDestinations(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'namespace': obj.namespace,
        'server': obj.server,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AppProjectSpecNamespaceResourceBlacklist' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AppProjectSpecNamespaceResourceBlacklist(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AppProjectSpecNamespaceResourceWhitelist' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AppProjectSpecNamespaceResourceWhitelist(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AppProjectSpecOrphanedResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AppProjectSpecOrphanedResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ignore': obj.ignore?.map(y => toJson_AppProjectSpecOrphanedResourcesIgnore(y)),
        'warn': obj.warn,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AppProjectSpecRoles' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AppProjectSpecRoles(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'description': obj.description,
        'groups': obj.groups?.map(y => y),
        'jwtTokens': obj.jwtTokens?.map(y => toJson_AppProjectSpecRolesJwtTokens(y)),
        'name': obj.name,
        'policies': obj.policies?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AppProjectSpecSignatureKeys' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AppProjectSpecSignatureKeys(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'keyID': obj.keyId,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AppProjectSpecSourceIntegrity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AppProjectSpecSourceIntegrity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'git': toJson_AppProjectSpecSourceIntegrityGit(obj.git),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AppProjectSpecSyncWindows' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AppProjectSpecSyncWindows(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'andOperator': obj.andOperator,
        'applications': obj.applications?.map(y => y),
        'clusters': obj.clusters?.map(y => y),
        'description': obj.description,
        'duration': obj.duration,
        'kind': obj.kind,
        'manualSync': obj.manualSync,
        'namespaces': obj.namespaces?.map(y => y),
        'schedule': obj.schedule,
        'syncOverrun': obj.syncOverrun,
        'timeZone': obj.timeZone,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AppProjectSpecOrphanedResourcesIgnore' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AppProjectSpecOrphanedResourcesIgnore(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AppProjectSpecRolesJwtTokens' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AppProjectSpecRolesJwtTokens(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exp': obj.exp,
        'iat': obj.iat,
        'id': obj.id,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AppProjectSpecSourceIntegrityGit' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AppProjectSpecSourceIntegrityGit(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'policies': obj.policies?.map(y => toJson_AppProjectSpecSourceIntegrityGitPolicies(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AppProjectSpecSourceIntegrityGitPolicies' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AppProjectSpecSourceIntegrityGitPolicies(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'gpg': toJson_AppProjectSpecSourceIntegrityGitPoliciesGpg(obj.gpg),
        'repos': obj.repos?.map(y => toJson_AppProjectSpecSourceIntegrityGitPoliciesRepos(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AppProjectSpecSourceIntegrityGitPoliciesGpg' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AppProjectSpecSourceIntegrityGitPoliciesGpg(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'keys': obj.keys?.map(y => y),
        'mode': obj.mode,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AppProjectSpecSourceIntegrityGitPoliciesRepos' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AppProjectSpecSourceIntegrityGitPoliciesRepos(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'url': obj.url,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
