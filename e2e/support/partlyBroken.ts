/**
 * A dataset that opens with changes: two events left out (a bad date; an unknown place's
 * reference dropped), one shown, so two problems are listed.
 */
export const PARTLY_BROKEN = JSON.stringify({
  meta: { title: "Test data" },
  places: [{ id: "p", name: "P", kind: "city", coordinates: [140, 40] }],
  events: [
    { id: "a", title: "First", start: "2018-13-45", places: ["p"], summary: "One." },
    { id: "b", title: "Second", start: "2018-02", places: ["p", "nowhere"], summary: "Two." },
  ],
});
