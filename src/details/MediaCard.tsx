import "../ui/panelMessages";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Media } from "../data/schema";
import { hostOf } from "../data/webUrl";
import { RichText } from "./RichText";
import "./media.css";

/** The site a media file comes from, or the address itself when it has no host. */
const siteOf = (url: string) => hostOf(url) || url;

const IMAGE = /\.(jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;

/**
 * A picture, video or post of an imported story, as a card with its
 * caption, credit and host. Nothing is fetched from another site until the
 * reader asks, on this card: the app makes no outside request by itself.
 */
export function MediaCard({ media }: { media: Media }) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState(false);
  const host = siteOf(media.url);
  const picture = IMAGE.test(media.url) ? media.url : media.thumbnail;
  return (
    <figure className="media-card" aria-label={t("media.region", { host })}>
      {picture &&
        (loaded ? (
          <img src={picture} alt="" referrerPolicy="no-referrer" className="media-image" />
        ) : (
          <button type="button" className="media-load" onClick={() => setLoaded(true)}>
            {t("media.load", { host: siteOf(picture) })}
          </button>
        ))}
      <figcaption>
        {media.caption && <RichText className="media-caption" html={media.caption} />}
        {media.credit && (
          <div className="media-credit">
            <span className="visually-hidden">{t("media.credit")}</span>
            <RichText html={media.credit} />
          </div>
        )}
        <a href={media.url} target="_blank" rel="noopener noreferrer" className="media-link">
          {t("media.open", { host })}
        </a>
      </figcaption>
    </figure>
  );
}
