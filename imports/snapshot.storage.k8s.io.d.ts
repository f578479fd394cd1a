import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * VolumeSnapshot is a user's request for either creating a point-in-time
snapshot of a persistent volume, or binding to a pre-existing snapshot.
 *
 * @schema VolumeSnapshot
 */
export declare class VolumeSnapshot extends ApiObject {
    /**
     * Returns the apiVersion and kind for "VolumeSnapshot"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "VolumeSnapshot".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: VolumeSnapshotProps): any;
    /**
     * Defines a "VolumeSnapshot" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: VolumeSnapshotProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * VolumeSnapshot is a user's request for either creating a point-in-time
 * snapshot of a persistent volume, or binding to a pre-existing snapshot.
 *
 * @schema VolumeSnapshot
 */
export interface VolumeSnapshotProps {
    /**
     * @schema VolumeSnapshot#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * spec defines the desired characteristics of a snapshot requested by a user.
     * More info: https://kubernetes.io/docs/concepts/storage/volume-snapshots#volumesnapshots
     * Required.
     *
     * @schema VolumeSnapshot#spec
     */
    readonly spec: VolumeSnapshotSpec;
}
/**
 * Converts an object of type 'VolumeSnapshotProps' to JSON representation.
 */
export declare function toJson_VolumeSnapshotProps(obj: VolumeSnapshotProps | undefined): Record<string, any> | undefined;
/**
 * spec defines the desired characteristics of a snapshot requested by a user.
 * More info: https://kubernetes.io/docs/concepts/storage/volume-snapshots#volumesnapshots
 * Required.
 *
 * @schema VolumeSnapshotSpec
 */
export interface VolumeSnapshotSpec {
    /**
     * source specifies where a snapshot will be created from.
     * This field is immutable after creation.
     * Required.
     *
     * @schema VolumeSnapshotSpec#source
     */
    readonly source: VolumeSnapshotSpecSource;
    /**
     * VolumeSnapshotClassName is the name of the VolumeSnapshotClass
     * requested by the VolumeSnapshot.
     * VolumeSnapshotClassName may be left nil to indicate that the default
     * SnapshotClass should be used.
     * A given cluster may have multiple default Volume SnapshotClasses: one
     * default per CSI Driver. If a VolumeSnapshot does not specify a SnapshotClass,
     * VolumeSnapshotSource will be checked to figure out what the associated
     * CSI Driver is, and the default VolumeSnapshotClass associated with that
     * CSI Driver will be used. If more than one VolumeSnapshotClass exist for
     * a given CSI Driver and more than one have been marked as default,
     * CreateSnapshot will fail and generate an event.
     * Empty string is not allowed for this field.
     *
     * @schema VolumeSnapshotSpec#volumeSnapshotClassName
     */
    readonly volumeSnapshotClassName?: string;
}
/**
 * Converts an object of type 'VolumeSnapshotSpec' to JSON representation.
 */
export declare function toJson_VolumeSnapshotSpec(obj: VolumeSnapshotSpec | undefined): Record<string, any> | undefined;
/**
 * source specifies where a snapshot will be created from.
 * This field is immutable after creation.
 * Required.
 *
 * @schema VolumeSnapshotSpecSource
 */
export interface VolumeSnapshotSpecSource {
    /**
     * persistentVolumeClaimName specifies the name of the PersistentVolumeClaim
     * object representing the volume from which a snapshot should be created.
     * This PVC is assumed to be in the same namespace as the VolumeSnapshot
     * object.
     * This field should be set if the snapshot does not exists, and needs to be
     * created.
     * This field is immutable.
     *
     * @schema VolumeSnapshotSpecSource#persistentVolumeClaimName
     */
    readonly persistentVolumeClaimName?: string;
    /**
     * volumeSnapshotContentName specifies the name of a pre-existing VolumeSnapshotContent
     * object representing an existing volume snapshot.
     * This field should be set if the snapshot already exists and only needs a representation in Kubernetes.
     * This field is immutable.
     *
     * @schema VolumeSnapshotSpecSource#volumeSnapshotContentName
     */
    readonly volumeSnapshotContentName?: string;
}
/**
 * Converts an object of type 'VolumeSnapshotSpecSource' to JSON representation.
 */
export declare function toJson_VolumeSnapshotSpecSource(obj: VolumeSnapshotSpecSource | undefined): Record<string, any> | undefined;
/**
 * VolumeSnapshot is a user's request for either creating a point-in-time snapshot of a persistent volume, or binding to a pre-existing snapshot.
 *
 * @schema VolumeSnapshotV1Beta1
 */
export declare class VolumeSnapshotV1Beta1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "VolumeSnapshotV1Beta1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "VolumeSnapshotV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: VolumeSnapshotV1Beta1Props): any;
    /**
     * Defines a "VolumeSnapshotV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: VolumeSnapshotV1Beta1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * VolumeSnapshot is a user's request for either creating a point-in-time snapshot of a persistent volume, or binding to a pre-existing snapshot.
 *
 * @schema VolumeSnapshotV1Beta1
 */
export interface VolumeSnapshotV1Beta1Props {
    /**
     * @schema VolumeSnapshotV1Beta1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * spec defines the desired characteristics of a snapshot requested by a user. More info: https://kubernetes.io/docs/concepts/storage/volume-snapshots#volumesnapshots Required.
     *
     * @schema VolumeSnapshotV1Beta1#spec
     */
    readonly spec: VolumeSnapshotV1Beta1Spec;
}
/**
 * Converts an object of type 'VolumeSnapshotV1Beta1Props' to JSON representation.
 */
export declare function toJson_VolumeSnapshotV1Beta1Props(obj: VolumeSnapshotV1Beta1Props | undefined): Record<string, any> | undefined;
/**
 * spec defines the desired characteristics of a snapshot requested by a user. More info: https://kubernetes.io/docs/concepts/storage/volume-snapshots#volumesnapshots Required.
 *
 * @schema VolumeSnapshotV1Beta1Spec
 */
export interface VolumeSnapshotV1Beta1Spec {
    /**
     * source specifies where a snapshot will be created from. This field is immutable after creation. Required.
     *
     * @schema VolumeSnapshotV1Beta1Spec#source
     */
    readonly source: VolumeSnapshotV1Beta1SpecSource;
    /**
     * VolumeSnapshotClassName is the name of the VolumeSnapshotClass requested by the VolumeSnapshot. VolumeSnapshotClassName may be left nil to indicate that the default SnapshotClass should be used. A given cluster may have multiple default Volume SnapshotClasses: one default per CSI Driver. If a VolumeSnapshot does not specify a SnapshotClass, VolumeSnapshotSource will be checked to figure out what the associated CSI Driver is, and the default VolumeSnapshotClass associated with that CSI Driver will be used. If more than one VolumeSnapshotClass exist for a given CSI Driver and more than one have been marked as default, CreateSnapshot will fail and generate an event. Empty string is not allowed for this field.
     *
     * @schema VolumeSnapshotV1Beta1Spec#volumeSnapshotClassName
     */
    readonly volumeSnapshotClassName?: string;
}
/**
 * Converts an object of type 'VolumeSnapshotV1Beta1Spec' to JSON representation.
 */
export declare function toJson_VolumeSnapshotV1Beta1Spec(obj: VolumeSnapshotV1Beta1Spec | undefined): Record<string, any> | undefined;
/**
 * source specifies where a snapshot will be created from. This field is immutable after creation. Required.
 *
 * @schema VolumeSnapshotV1Beta1SpecSource
 */
export interface VolumeSnapshotV1Beta1SpecSource {
    /**
     * persistentVolumeClaimName specifies the name of the PersistentVolumeClaim object representing the volume from which a snapshot should be created. This PVC is assumed to be in the same namespace as the VolumeSnapshot object. This field should be set if the snapshot does not exists, and needs to be created. This field is immutable.
     *
     * @schema VolumeSnapshotV1Beta1SpecSource#persistentVolumeClaimName
     */
    readonly persistentVolumeClaimName?: string;
    /**
     * volumeSnapshotContentName specifies the name of a pre-existing VolumeSnapshotContent object representing an existing volume snapshot. This field should be set if the snapshot already exists and only needs a representation in Kubernetes. This field is immutable.
     *
     * @schema VolumeSnapshotV1Beta1SpecSource#volumeSnapshotContentName
     */
    readonly volumeSnapshotContentName?: string;
}
/**
 * Converts an object of type 'VolumeSnapshotV1Beta1SpecSource' to JSON representation.
 */
export declare function toJson_VolumeSnapshotV1Beta1SpecSource(obj: VolumeSnapshotV1Beta1SpecSource | undefined): Record<string, any> | undefined;
/**
 * VolumeSnapshotClass specifies parameters that a underlying storage system uses when
creating a volume snapshot. A specific VolumeSnapshotClass is used by specifying its
name in a VolumeSnapshot object.
VolumeSnapshotClasses are non-namespaced
 *
 * @schema VolumeSnapshotClass
 */
export declare class VolumeSnapshotClass extends ApiObject {
    /**
     * Returns the apiVersion and kind for "VolumeSnapshotClass"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "VolumeSnapshotClass".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: VolumeSnapshotClassProps): any;
    /**
     * Defines a "VolumeSnapshotClass" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: VolumeSnapshotClassProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * VolumeSnapshotClass specifies parameters that a underlying storage system uses when
 * creating a volume snapshot. A specific VolumeSnapshotClass is used by specifying its
 * name in a VolumeSnapshot object.
 * VolumeSnapshotClasses are non-namespaced
 *
 * @schema VolumeSnapshotClass
 */
export interface VolumeSnapshotClassProps {
    /**
     * @schema VolumeSnapshotClass#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * deletionPolicy determines whether a VolumeSnapshotContent created through
     * the VolumeSnapshotClass should be deleted when its bound VolumeSnapshot is deleted.
     * Supported values are "Retain" and "Delete".
     * "Retain" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are kept.
     * "Delete" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are deleted.
     * Required.
     *
     * @schema VolumeSnapshotClass#deletionPolicy
     */
    readonly deletionPolicy: VolumeSnapshotClassDeletionPolicy;
    /**
     * driver is the name of the storage driver that handles this VolumeSnapshotClass.
     * Required.
     *
     * @schema VolumeSnapshotClass#driver
     */
    readonly driver: string;
    /**
     * parameters is a key-value map with storage driver specific parameters for creating snapshots.
     * These values are opaque to Kubernetes.
     *
     * @schema VolumeSnapshotClass#parameters
     */
    readonly parameters?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'VolumeSnapshotClassProps' to JSON representation.
 */
export declare function toJson_VolumeSnapshotClassProps(obj: VolumeSnapshotClassProps | undefined): Record<string, any> | undefined;
/**
 * deletionPolicy determines whether a VolumeSnapshotContent created through
 * the VolumeSnapshotClass should be deleted when its bound VolumeSnapshot is deleted.
 * Supported values are "Retain" and "Delete".
 * "Retain" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are kept.
 * "Delete" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are deleted.
 * Required.
 *
 * @schema VolumeSnapshotClassDeletionPolicy
 */
export declare enum VolumeSnapshotClassDeletionPolicy {
    /** Delete */
    DELETE = "Delete",
    /** Retain */
    RETAIN = "Retain"
}
/**
 * VolumeSnapshotClass specifies parameters that a underlying storage system uses when creating a volume snapshot. A specific VolumeSnapshotClass is used by specifying its name in a VolumeSnapshot object. VolumeSnapshotClasses are non-namespaced
 *
 * @schema VolumeSnapshotClassV1Beta1
 */
export declare class VolumeSnapshotClassV1Beta1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "VolumeSnapshotClassV1Beta1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "VolumeSnapshotClassV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: VolumeSnapshotClassV1Beta1Props): any;
    /**
     * Defines a "VolumeSnapshotClassV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: VolumeSnapshotClassV1Beta1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * VolumeSnapshotClass specifies parameters that a underlying storage system uses when creating a volume snapshot. A specific VolumeSnapshotClass is used by specifying its name in a VolumeSnapshot object. VolumeSnapshotClasses are non-namespaced
 *
 * @schema VolumeSnapshotClassV1Beta1
 */
export interface VolumeSnapshotClassV1Beta1Props {
    /**
     * @schema VolumeSnapshotClassV1Beta1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * deletionPolicy determines whether a VolumeSnapshotContent created through the VolumeSnapshotClass should be deleted when its bound VolumeSnapshot is deleted. Supported values are "Retain" and "Delete". "Retain" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are kept. "Delete" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are deleted. Required.
     *
     * @schema VolumeSnapshotClassV1Beta1#deletionPolicy
     */
    readonly deletionPolicy: VolumeSnapshotClassV1Beta1DeletionPolicy;
    /**
     * driver is the name of the storage driver that handles this VolumeSnapshotClass. Required.
     *
     * @schema VolumeSnapshotClassV1Beta1#driver
     */
    readonly driver: string;
    /**
     * parameters is a key-value map with storage driver specific parameters for creating snapshots. These values are opaque to Kubernetes.
     *
     * @schema VolumeSnapshotClassV1Beta1#parameters
     */
    readonly parameters?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'VolumeSnapshotClassV1Beta1Props' to JSON representation.
 */
export declare function toJson_VolumeSnapshotClassV1Beta1Props(obj: VolumeSnapshotClassV1Beta1Props | undefined): Record<string, any> | undefined;
/**
 * deletionPolicy determines whether a VolumeSnapshotContent created through the VolumeSnapshotClass should be deleted when its bound VolumeSnapshot is deleted. Supported values are "Retain" and "Delete". "Retain" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are kept. "Delete" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are deleted. Required.
 *
 * @schema VolumeSnapshotClassV1Beta1DeletionPolicy
 */
export declare enum VolumeSnapshotClassV1Beta1DeletionPolicy {
    /** Delete */
    DELETE = "Delete",
    /** Retain */
    RETAIN = "Retain"
}
