// The saved-stories page: kept beside the feature, as src/lib/urls.ts belongs to the whole site.
export const savedPath = '/saved';
