import { SearchBox } from "../search/SearchBox";
import { StoryBar } from "../story/StoryBar";
import { FilterPanel } from "./FilterPanel";

/** The row under the header: search, filters and story mode. */
export function Toolbar() {
  return (
    <div className="toolbar">
      <SearchBox />
      <FilterPanel />
      <StoryBar />
    </div>
  );
}
