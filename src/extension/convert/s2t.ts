// opencc-s2t.js: simplified (mainland) → traditional (Taiwan standard) characters, phrases included.
import { Converter } from 'opencc-js/cn2t';
import { installConverter } from './install.js';

installConverter('tw', Converter({ from: 'cn', to: 'tw' }));
