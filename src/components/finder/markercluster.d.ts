// The few Leaflet.markercluster types the finder map uses (the package
// ships none, and react-leaflet-cluster refers to these names).
import 'leaflet';

declare module 'leaflet' {
  interface MarkerClusterGroupOptions extends LayerOptions {
    chunkedLoading?: boolean;
    chunkInterval?: number;
    chunkDelay?: number;
    showCoverageOnHover?: boolean;
    spiderfyOnMaxZoom?: boolean;
    maxClusterRadius?: number;
    removeOutsideVisibleBounds?: boolean;
  }
  class MarkerClusterGroup extends FeatureGroup {
    constructor(options?: MarkerClusterGroupOptions);
    addLayers(layers: Layer[], skipLayerAddEvent?: boolean): this;
    removeLayers(layers: Layer[]): this;
    zoomToShowLayer(layer: Layer, callback?: () => void): void;
    getVisibleParent(marker: Marker): Marker | null;
    refreshClusters(layers?: Layer | Layer[]): this;
  }
}
