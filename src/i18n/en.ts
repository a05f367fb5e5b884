/**
 * The interface in English, and the shape every other language's dictionary must have
 * (`UiStrings`). Every word the site itself writes lives here, in one section per page or
 * component; no component writes a word of its own.
 *
 * Conventions (as in Starlight's translations):
 * - `{name}` is a placeholder, filled by `fill()` from src/i18n/format.ts; a translation may move
 *   it but must keep it. `{…Link}` placeholders stand for links whose text is another key.
 * - Counted phrases are `PluralForms` (one phrase per CLDR plural category, `other` required),
 *   chosen by `Intl.PluralRules`; never pluralise by hand.
 * - Another language is `export const xx = { … } satisfies UiStrings;` in src/i18n/<tag>.ts and
 *   is listed in src/i18n/locales.ts. A missing or extra key fails `astro check`.
 */
import type { PluralForms } from './format.ts';

/** Marks a counted phrase, so its type is `PluralForms` (other languages may add `few`, `many`, …). */
export const counts = (forms: PluralForms): PluralForms => forms;

export const en = {
  /** Defaults for SITE_TITLE and SITE_DESCRIPTION when the environment names none. */
  site: {
    title: 'The News Archive',
    description: 'A searchable archive of news reporting, browsable by date and subject.',
    /** `{site}` is the site's title. */
    latestFeed: '{site} — latest articles',
    entityFeed: '{site} — {name}',
    entityFeedDescription: 'The latest articles about {name}.',
  },
  counted: {
    articles: counts({ one: '{count} article', other: '{count} articles' }),
    results: counts({ one: '{count} result', other: '{count} results' }),
    corrections: counts({ one: 'Correction', other: 'Corrections' }),
    minutesToRead: counts({ one: '{count} min read', other: '{count} min read' }),
    correctionsAndUpdates: counts({ one: '{count} correction or update', other: '{count} corrections and updates' }),
  },
  /** Entity kinds (src/content/kinds.ts), singular and plural. */
  kinds: {
    topics: { one: 'Topic', many: 'Topics' },
    people: { one: 'Person', many: 'People' },
    places: { one: 'Place', many: 'Places' },
    organisations: { one: 'Organisation', many: 'Organisations' },
    sections: { one: 'Section', many: 'Sections' },
    sources: { one: 'Source', many: 'Sources' },
    authors: { one: 'Author', many: 'Authors' },
  },
  /** Header, footer and the parts of every page. */
  chrome: {
    skipLink: 'Skip to content',
    sectionsNav: 'Sections',
    archive: 'Archive',
    searchLabel: 'Search the archive',
    searchButton: 'Search',
    footer: '{site}. Browse the {archiveLink} or by {topicLink}, or follow the {feedLink}.',
    footerArchiveLink: 'archive by date',
    footerTopicLink: 'topic',
    footerFeedLink: 'RSS feed',
    breadcrumb: 'Breadcrumb',
    pagedTitle: '{title} (page {page} of {last})',
    pageOf: 'page {page} of {last}',
    /** A date with its time of day. */
    dateTime: '{date}, {time}',
    /** A label before its value or links, with the language's own colon and spacing (French puts a narrow no-break space before it). */
    label: '{label}:',
  },
  pagination: {
    newer: 'Newer',
    newerArticles: 'Newer articles',
    older: 'Older',
    olderArticles: 'Older articles',
    page: 'Page {page}',
    /** Landmark names of paged lists. */
    pagesOf: 'Pages of {period}',
    pagesAbout: 'Pages of articles about {name}',
    pagesFrom: 'Pages of articles from {date}',
    earlier: 'Earlier:',
    later: 'Later:',
  },
  article: {
    by: 'By {authors}',
    published: 'Published {date}',
    updated: 'Updated {date}',
    permalink: 'Permalink:',
    /** One correction: when, and what was corrected. */
    correction: '{date}: {text}',
    inThisArticle: 'In this article',
    neighbours: 'Previous and next articles',
    previous: 'Previous article',
    next: 'Next article',
    related: 'Related articles',
  },
  home: {
    empty: 'No articles have been published yet. Add Markdown files to {dir} and build again.',
    latestNews: 'Latest news',
    moreNews: 'More news',
    browseArchive: 'Browse the whole archive by date',
    aside: 'Around the archive',
    inTheNews: 'In the news',
    byYear: 'The archive by year',
    onThisDay: 'On this day, {date}, in earlier years',
    nothingOnThisDay: 'Nothing from {date} in earlier years.',
    allFromDay: 'All {articles} from {date}',
    pickAnotherDay: 'Pick another day',
  },
  archive: {
    title: 'The archive',
    description: 'Every year of the archive with its number of articles.',
    articlesByYear: 'Articles by year',
    onThisDayLink: 'On this day: articles from any date in every year',
    bySubject: 'By subject',
    yearDescription: 'Articles published in {year}, month by month.',
    otherYears: 'Other years',
    months: 'Months',
    monthDescription: 'Articles published in {month}.',
    otherMonths: 'Other months',
    days: 'Days',
    newestFirst: 'Articles, newest first',
    dayDescription: 'Articles published on {date}.',
    otherDays: 'Other days',
    inOtherYears: 'On this day in other years',
  },
  onThisDay: {
    title: 'On this day',
    description: 'Articles from any day of the year, across every year of the archive.',
    intro: 'Pick a day to see what the archive published on that date in every year.',
    dayTitle: 'On this day: {date}',
    dayDescription: 'Articles published on {date} in every year of the archive.',
    otherDays: 'Other days of the year',
    none: 'The archive has no articles from {date}.',
  },
  entities: {
    indexDescription: '{kinds} in the archive, A to Z, with the number of articles about each.',
    indexIntro: 'A to Z, with the number of articles for each: {total} in all.',
    /** The A–Z of people and authors, which files a person by family name (src/content/kinds.ts PERSON_KINDS). */
    indexIntroPeople: 'A to Z by family name, with the number of articles for each: {total} in all.',
    /** An entity index with nothing in it: the heading names the kind, so the sentence need not. */
    indexEmpty: 'None yet: no article in the archive has any.',
    jumpToLetter: 'Jump to letter',
    otherLetter: 'Other',
    description: 'Articles about {name}, newest first.',
    feedLink: 'RSS feed of articles about {name}',
  },
  notFound: {
    title: 'Page not found',
    explanation: 'There is no page at this address. It may have moved, or the link may be mistyped.',
    suggestions: 'Try the {latestLink}, the {archiveLink}, or {searchLink}.',
    latestLink: 'latest articles',
    archiveLink: 'archive by date',
    searchLink: 'search',
  },
  /** The search page; `search.client` is handed to the browser as JSON (src/search/client/strings.ts). */
  search: {
    title: 'Search',
    description: 'Search {site} by keyword, topic, person, place, source and year.',
    heading: 'Search the archive',
    wordsLabel: 'Words to search for',
    submit: 'Search',
    order: 'Order',
    bestMatch: 'Best match',
    newestFirst: 'Newest first',
    oldestFirst: 'Oldest first',
    noScript: 'Search needs JavaScript, which is turned off in this browser. You can still browse the {archiveLink} or {topicLink}.',
    noScriptArchive: 'archive by date',
    noScriptTopic: 'by topic',
    results: 'Results',
    activeFilters: 'Active filters',
    resultPages: 'Result pages',
    refine: 'Refine',
    years: 'Years',
    from: 'From',
    to: 'To',
    client: {
      idleAdvice: 'Type words to search the archive, or choose a topic, person, place, source, section or years to browse it.',
      noResults: 'No results.',
      noResultsFor: 'No results for {query}.',
      filteredAdvice: 'No article matches all of these filters. Try removing one of them (above).',
      spellingAdvice: 'Check the spelling, or try fewer or different words.',
      /** `{results}` is the counted phrase `counted.results`; `{found}` is `results` or `foundFor`. */
      foundFor: '{results} for {query}',
      status: '{found}.',
      statusRange: '{found}, showing {from}–{to}.',
      partial: '{results} from {searched} so far. Searching {pending}…',
      /** How a query is quoted in running text. */
      quoted: '“{query}”',
      loading: 'Loading the search index…',
      unavailableHere:
        'Search is not available here: the search index is made by a production build, and this server has none. Run `npm start` (build and serve) and search there.',
      unavailable: 'Search could not start in this browser. Please try again, or browse the archive by date or topic.',
      didYouMean: 'Did you mean {suggestion}?',
      failed: 'The search failed before it finished, perhaps because the connection dropped. Press Search to try again.',
      showFewer: 'Show fewer',
      showAll: 'Show all {count}',
      anyYear: 'Any year',
      removeFilter: 'Remove filter {filter}',
      filter: '{label}: {value}',
      previous: 'Previous',
      next: 'Next',
    },
  },
  /** Authors, citations, corrections, storylines and open data. `{name}`-style slots are filled with `t()`. */
  research: {
    byline: { by: 'By', authorLink: 'Articles by {name}' },
    authors: {
      indexDescription: 'Everyone with a byline in the archive, A to Z, with the number of articles by each.',
      pageDescription: 'Articles by {name}, newest first.',
      feedLink: 'RSS feed of articles by {name}',
      feedDescription: 'The latest articles by {name}.',
    },
    cite: {
      heading: 'Cite this article',
      styles: { apa: 'APA (7th edition)', mla: 'MLA (9th edition)', chicago: 'Chicago (notes and bibliography)' },
      accessed: 'Styles that ask for it want the date you read the article: add it yourself.',
      downloads: 'Download the reference',
      formats: { bib: 'BibTeX', ris: 'RIS', json: 'CSL-JSON' },
      wayback: 'The original in the Wayback Machine',
    },
    corrections: {
      title: 'Corrections and updates',
      description: 'Every correction and update published in the archive, newest first.',
      intro: 'Every correction and update published in the archive, newest first, with the article it changed.',
      none: 'No article in the archive has been corrected or updated.',
      pagerLabel: 'Pages of corrections and updates',
      correction: 'Correction',
      update: 'Updated',
      updateText: 'The article was updated.',
      feedLink: 'RSS feed of corrections and updates',
      feedTitle: '{site} — corrections and updates',
      updatedLine: 'Updated',
    },
    storylines: {
      title: 'Storylines',
      description: 'Running stories in the archive, A to Z, with the number of articles and the dates each covers.',
      intro: 'Running stories followed across several articles, A to Z.',
      none: 'No article in the archive belongs to a storyline yet.',
      span: '{from} to {to}',
      timelineDescription: 'The story of {name}, from its first article to its latest.',
      /** A storyline of one article so far: the story has no "latest" yet. */
      timelineDescriptionOne: 'The story of {name}, in its one article so far.',
      kicker: 'Storyline',
      breadcrumb: 'Storylines',
      partOf: 'Part of',
      position: '{position} of {total}',
      previous: 'Previous in this story',
      next: 'Next in this story',
      navLabel: 'Storyline: {name}',
      feedLink: 'RSS feed of this story’s articles',
      feedDescription: 'The latest articles in the story of {name}.',
    },
    data: {
      title: 'Open data',
      description: 'The archive’s metadata as open data: a CSV and a JSON Lines file per year, with a Frictionless Data Package.',
      intro:
        'Every published article’s metadata, a row per article, one file per year, to analyse in a spreadsheet, R, Python or any tool that reads CSV or JSON Lines.',
      filesHeading: 'Files',
      year: 'Year',
      articles: 'Articles',
      formats: 'Download',
      package: 'Data Package descriptor (datapackage.json) for Frictionless tools',
      fieldsHeading: 'Fields',
      field: 'Field',
      type: 'Type',
      meaning: 'Meaning',
      listNote: 'List fields hold several values: in CSV they are separated by “; ”, in JSON Lines they are arrays.',
      licenceHeading: 'Licence',
      sameAsSite: 'The same terms as the rest of {site}.',
      licenceNamed: 'The data is published under {licence}.',
      fullText: 'The files include each article’s full text (the text field), in Markdown.',
      noFullText: 'The files hold metadata only, not the articles’ text.',
      sameAsSiteTitle: 'Same terms as {site}',
      listType: '{type} (list)',
      csvSeparator: 'In CSV, values are separated by "{separator}".',
      /** A column that some articles have no value for (DataField.optional in src/outputs/open-data.ts). */
      optionalType: '{type}, optional',
      /** How a missing value is written; on the page and after an optional column's description in datapackage.json. */
      missingNote: 'A missing value is null in JSON Lines and an empty cell in CSV.',
      /** Why some CSV text starts with an apostrophe (csvText in src/outputs/open-data.ts); on the page and in datapackage.json. */
      formulaNote:
        "In CSV, text beginning with =, +, -, @, a tab or a carriage return gets a leading apostrophe (') so that spreadsheets do not run it as a formula. For the exact text, use JSON Lines.",
      /** What each column of the open data holds (src/outputs/open-data.ts names the columns). */
      fields: {
        url: 'The article’s permanent address in this archive.',
        headline: 'The headline as published.',
        date: 'Publication date and time, ISO 8601 with the offset of the archive’s time zone.',
        authors: 'Bylined writers.',
        source: 'The publication the article first appeared in.',
        section: 'The desk or section.',
        topics: 'Topics the article is filed under.',
        people: 'People it is about.',
        places: 'Places it is about.',
        organisations: 'Organisations it is about.',
        language: 'BCP 47 language tag of the article.',
        word_count: 'Words in the body (an ideograph counts as one word).',
        source_url: 'The address of the original at its source, if known.',
        storylines: 'Running stories (storylines) the article belongs to.',
        modified:
          'When the article last changed (its latest update or correction), ISO 8601 with the archive’s offset; missing if it never changed.',
        corrections: 'Number of corrections published with the article.',
        text: 'The article’s body, in Markdown.',
      },
    },
  },
};

/** The shape of every language's dictionary. */
export type UiStrings = typeof en;
/** The phrases counted with `count()`. */
export type CountedKey = keyof UiStrings['counted'];
/** The part of the dictionary the search page's script needs. */
export type SearchClientStrings = UiStrings['search']['client'] & {
  kinds: UiStrings['kinds'];
  results: PluralForms;
  years: string;
  page: string;
};

/** The search page's part of a dictionary, as the page embeds it for its script. */
export function searchClientStrings(strings: UiStrings): SearchClientStrings {
  return {
    ...strings.search.client,
    kinds: strings.kinds,
    results: strings.counted.results,
    years: strings.search.years,
    page: strings.pagination.page,
  };
}
