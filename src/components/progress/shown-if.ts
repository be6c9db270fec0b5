/** The class that shows one of the stacked states of `.stack`, or a `.reserved` element (global.css). */
export const shownIf = (shown: boolean) => (shown ? 'is-shown' : '');
