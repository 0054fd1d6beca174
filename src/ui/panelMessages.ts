/**
 * English's messages for the parts whose code loads on demand (Open dataset's dialog, Embed's,
 * the Save and Download menus' items, the printed list, story mode's controls, a dataset's
 * problems list), which the first load leaves out
 * (scripts/laterMessagesPlugin.ts, `PANEL_FIRST_KEYS`): every module that words them imports this
 * one, so they are in before its code runs, in the panel's own chunk. Other languages' files are
 * fetched whole and hold them already.
 */
import panelMessages from "virtual:en-messages/panels";
import { i18n } from "../i18n/i18n";
import { DEFAULT_LANGUAGE } from "../i18n/languages";

i18n.addResourceBundle(DEFAULT_LANGUAGE, "translation", panelMessages, true, false);
