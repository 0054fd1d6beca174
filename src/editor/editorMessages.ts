/**
 * English's editor messages, which the first load leaves out (1.9 KB gzipped that most readers
 * never need; scripts/laterMessagesPlugin.ts): every module that words the editor imports this
 * one, so they are in before its code runs, in the editor's own chunks. Other languages' files
 * are fetched whole and hold them already.
 */
import editorMessages from "virtual:en-messages/editor";
import { i18n } from "../i18n/i18n";
import { DEFAULT_LANGUAGE } from "../i18n/languages";

i18n.addResourceBundle(DEFAULT_LANGUAGE, "translation", editorMessages, true, false);
