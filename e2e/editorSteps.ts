/** Steps through the editor that several specs take as a maker does. */
import type { Page } from "@playwright/test";
import { expect, waitForApp } from "./fixtures";

/** The app opened, Edit, New story, and the story's title typed into its focused field. */
export async function newStory(page: Page, title: string): Promise<void> {
  await page.goto("/");
  await waitForApp(page);
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Editing a draft" })).toBeVisible();
  await page.getByRole("button", { name: "New story", exact: true }).click();
  const storyTitle = page.getByRole("textbox", { name: "Story title" });
  await expect(storyTitle).toBeFocused();
  await page.keyboard.type(title);
  await expect(storyTitle).toHaveValue(title);
}
