// The offline edition's file name: written by build:offline (offline-edition.ts), recognised by the class board.
export const OFFLINE_FILE_NAME = 'crude-leverage-offline.html';
