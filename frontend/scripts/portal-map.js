/* The portal's maps: Leaflet (served from the leaflet webjar, no npm) with the configured tile server.
   The page's list or address always says the same as the map, so the map is never the only way. */
(function () {
  const LEAFLET = 'webjars/leaflet/1.9.4/dist/';
  let loading = null;

  function loadLeaflet() {
    if (window.L) {
      return Promise.resolve(window.L);
    }
    if (!loading) {
      loading = new Promise((resolve, reject) => {
        const css = document.createElement('link');
        css.rel = 'stylesheet';
        css.href = LEAFLET + 'leaflet.css';
        document.head.appendChild(css);
        const script = document.createElement('script');
        script.src = LEAFLET + 'leaflet.js';
        script.onload = () => resolve(window.L);
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  function escape(text) {
    const div = document.createElement('div');
    div.textContent = text == null ? '' : String(text);
    return div.innerHTML;
  }

  window.familyhubMap = function (element, tileUrl, attribution, markers) {
    return loadLeaflet().then((L) => {
      if (element._familyhubMap) {
        element._familyhubMap.remove();
      }
      const map = L.map(element, { scrollWheelZoom: false });
      element._familyhubMap = map;
      L.tileLayer(tileUrl, { maxZoom: 18, attribution: attribution }).addTo(map);
      const points = [];
      // Markers are pictures, not buttons: numbered to match the list, which carries the links, so
      // nothing on the map is a small or overlapping touch target.
      markers.forEach((m) => {
        const options = { interactive: false, keyboard: false, title: m.title, alt: m.title };
        if (m.label) {
          options.icon = L.divIcon({ className: 'map-marker', html: escape(m.label), iconSize: [28, 28] });
        }
        L.marker([m.latitude, m.longitude], options).addTo(map);
        points.push([m.latitude, m.longitude]);
      });
      if (points.length === 0) {
        map.setView([53.1, -2.35], 10);
      } else if (points.length === 1) {
        map.setView(points[0], 15);
      } else {
        map.fitBounds(points, { padding: [30, 30], maxZoom: 15 });
      }
    });
  };
})();
