/**
 * Realistic text for synthetic events: a summary of one or two sentences,
 * a quote of a sentence or two on 40 %, a note on 20 %, like the shipped dataset's
 * events (about 480 bytes of JSON each). `npm run generate -- --realistic`
 * and the benchmark's realistic case use it; the words vary from event to
 * event so that nothing is cheaper to parse than a real dataset would be.
 */
type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

const OPENINGS = [
  "The talks on",
  "A meeting about",
  "Officials from both sides reviewed",
  "Negotiators returned to",
  "Local officials complained about the pace of",
  "A working group reported on",
  "The two ministries exchanged notes on",
  "Delegations met again to discuss",
] as const;

const MIDDLES = [
  "barely move because of the sovereignty question",
  "end without a joint statement",
  "are described by one side as constructive and by the other as premature",
  "stall over which country's law would apply",
  "produce a list of projects but no timetable",
  "are overshadowed by a military exercise nearby",
  "make progress on paper while the residents see little change",
  "are postponed after a disagreement over the agenda",
] as const;

const CLOSINGS = [
  "Critics at home call the result a concession.",
  "The press in both capitals reads the outcome very differently.",
  "Former island residents ask to be heard before any agreement.",
  "Fishing crews say the rules are still unclear to them.",
  "A follow-up meeting is promised for the next season.",
  "The statement afterwards repeats the formula of earlier years.",
  "Business groups want guarantees before they invest.",
  "Observers note that the calendar of elections matters more than the agenda.",
] as const;

const QUOTES = [
  "We will keep working on this, step by step, because there is no other way to a lasting settlement.",
  "It is too early to speak of a breakthrough; what matters is that the dialogue continues.",
  "The islands are not a bargaining chip, and nobody should expect us to treat them as one.",
  "Our people who were born there are growing old, and they deserve an answer in their lifetime.",
  "Trust is built by small projects that work, not by declarations that nobody can carry out.",
  "Any agreement must respect the law of the country that administers the territory today.",
  "We heard the other side's concerns, and we explained ours frankly and in detail.",
  "Economic cooperation cannot move forward while the legal framework remains undecided.",
] as const;

const NOTES = [
  "Undated in the article: the span runs from the first meeting to the time of writing.",
  "The day is approximate: reports in the two languages differ by a day.",
  "Paraphrased from a longer passage; the quote gives the key sentence.",
  "The place is where the statement was made, not where the events it describes happened.",
] as const;

/** "Opening topic middle in place. Closing." with the names and a serial worked in. */
export function realisticSummary(
  random: Random,
  topic: string,
  placeNames: string,
  serial: number,
): string {
  const closing = random() < 0.5 ? ` ${pick(random, CLOSINGS)}` : "";
  return `${pick(random, OPENINGS)} ${topic} ${pick(random, MIDDLES)} (${placeNames}).${closing} Reference ${serial.toString(36)}.`;
}

export function realisticQuote(random: Random): { text: string; paragraph: number } {
  const first = pick(random, QUOTES);
  const text = random() < 0.2 ? `${first} ${pick(random, QUOTES)}` : first;
  return { text, paragraph: 1 + Math.floor(random() * 60) };
}

export function realisticNote(random: Random): string | undefined {
  return random() < 0.2 ? pick(random, NOTES) : undefined;
}
