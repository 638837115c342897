// The last days of study at a glance, drawn on the server as SVG (no chart library, no client code):
// words reviewed per day split into remembered and forgotten, and the known-word count as a line.
// The same figures follow as a table for screen readers and for anyone who wants the numbers.

export interface ChartDay {
  day: string;
  label: string;
  reviews: number;
  correct: number;
  known: number;
}
export interface ChartLabels {
  summary: string;
  reviewsPerDay: string;
  retention: string;
  forgotten: string;
  knownWords: string;
  day: string;
  reviews: string;
  figures: string;
}

const W = 640;
const H = 180;
const PAD = {top: 12, right: 44, bottom: 24, left: 32};

export function ReviewChart({days, labels}: {days: ChartDay[]; labels: ChartLabels}) {
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const maxReviews = Math.max(1, ...days.map((d) => d.reviews));
  const maxKnown = Math.max(1, ...days.map((d) => d.known));
  const step = plotW / days.length;
  const bar = Math.max(4, step * 0.6);
  const y = (n: number, max: number) => PAD.top + plotH - (n / max) * plotH;
  const line = days
    .map((d, k) => `${(PAD.left + step * (k + 0.5)).toFixed(1)},${y(d.known, maxKnown).toFixed(1)}`)
    .join(' ');
  return (
    <figure className="review-chart">
      <figcaption id="review-chart-title">{labels.reviewsPerDay}</figcaption>
      <p className="chart-summary" id="review-chart-summary">
        {labels.summary}
      </p>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="review-chart-title review-chart-summary">
        <line x1={PAD.left} x2={W - PAD.right} y1={PAD.top + plotH} y2={PAD.top + plotH} className="axis" />
        <text x={PAD.left - 6} y={PAD.top + 4} textAnchor="end" className="tick">
          {maxReviews}
        </text>
        <text x={PAD.left - 6} y={PAD.top + plotH} textAnchor="end" className="tick">
          0
        </text>
        <text x={W - PAD.right + 6} y={y(maxKnown, maxKnown) + 4} className="tick known-tick">
          {maxKnown}
        </text>
        {days.map((d, k) => {
          const x = PAD.left + step * k + (step - bar) / 2;
          const top = y(d.reviews, maxReviews);
          const split = y(d.reviews - d.correct, maxReviews);
          return (
            <g key={d.day}>
              {d.reviews > 0 && <rect x={x} y={top} width={bar} height={split - top} className="remembered" />}
              {d.reviews > d.correct && (
                <rect x={x} y={split} width={bar} height={PAD.top + plotH - split} className="forgotten" />
              )}
              {(k % 2 === days.length % 2 || k === days.length - 1) && (
                <text x={x + bar / 2} y={H - 6} textAnchor="middle" className="tick">
                  {d.label}
                </text>
              )}
            </g>
          );
        })}
        <polyline points={line} className="known-line" />
      </svg>
      <p className="chart-legend" aria-hidden="true">
        <span className="key remembered" /> {labels.retention}
        <span className="key forgotten" /> {labels.forgotten}
        <span className="key known-line" /> {labels.knownWords}
      </p>
      <details>
        <summary>{labels.figures}</summary>
        <table>
          <thead>
            <tr>
              <th>{labels.day}</th>
              <th>{labels.reviews}</th>
              <th>{labels.retention}</th>
              <th>{labels.knownWords}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day}>
                <td>{d.label}</td>
                <td>{d.reviews}</td>
                <td>{d.correct}</td>
                <td>{d.known}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
