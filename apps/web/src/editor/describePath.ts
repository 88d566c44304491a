// Issue paths in words: one implementation, in the model (the API's exports use it too).
export { describePath } from '@tokenplan/model';
