/** A social card's size in pixels: the 1.91:1 picture link previews show. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
