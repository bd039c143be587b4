// zhfin report: the chart's fills. Inlined before client.js, which calls zhfinPattern(i).
// Each type gets a fill pattern as well as a shade, so the bars tell apart in greyscale and print:
// the first solid, the next seven white marks on dark shades, then black marks on light ones.
var zhfinPattern = (function () {
  var DARK = ['#1b4f72', '#b9770e', '#196f3d', '#922b21', '#6c3483', '#5d6d7e', '#117a65', '#a04000'];
  var LIGHT = ['#aed6f1', '#f9e79f', '#abebc6', '#f5b7b1', '#d7bde2', '#d5dbdb', '#a3e4d7'];
  return function (i) {
    var c = document.createElement('canvas'), s = 10;
    c.width = c.height = s;
    var g = c.getContext('2d');
    var light = i >= DARK.length;
    g.fillStyle = light ? LIGHT[(i - DARK.length) % LIGHT.length] : DARK[i];
    g.fillRect(0, 0, s, s);
    g.strokeStyle = g.fillStyle = light ? '#000' : '#fff';
    g.lineWidth = 2;
    g.beginPath();
    switch (i === 0 ? 0 : 1 + (i - 1) % 7) {
      case 0: break; // solid
      case 1: g.moveTo(0, s); g.lineTo(s, 0); break;
      case 2: g.moveTo(0, 0); g.lineTo(s, s); break;
      case 3: g.arc(s / 2, s / 2, 2, 0, 2 * Math.PI); g.fill(); break;
      case 4: g.moveTo(0, s / 2); g.lineTo(s, s / 2); break;
      case 5: g.moveTo(s / 2, 0); g.lineTo(s / 2, s); break;
      case 6: g.moveTo(0, s / 2); g.lineTo(s, s / 2); g.moveTo(s / 2, 0); g.lineTo(s / 2, s); break;
      case 7: g.moveTo(0, s); g.lineTo(s, 0); g.moveTo(0, 0); g.lineTo(s, s); break;
    }
    g.stroke();
    return g.createPattern(c, 'repeat');
  };
})();
