import { useRef } from "react";
import { SearchBox } from "../search/SearchBox";
import { StoryBar } from "../story/StoryBar";
import { useDisclosure } from "../ui/useDisclosure";
import { FilterPanel } from "./FilterPanel";

/** The row under the header: search, filters and story mode. */
export function Toolbar() {
  // A search within the filters: their panel stays open (under the results) while the search box
  // is used, and folds when a result is chosen, or it would cover the event chosen.
  const search = useRef<HTMLElement>(null);
  const filters = useDisclosure({ companion: search });
  return (
    <div className="toolbar">
      <SearchBox region={search} onChoose={() => filters.setOpen(false)} />
      <FilterPanel disclosure={filters} />
      <StoryBar />
    </div>
  );
}
