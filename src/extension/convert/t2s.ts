// opencc-t2s.js: traditional (Taiwan and standard variants) → simplified (mainland) characters.
import { Converter } from 'opencc-js/t2cn';
import { installConverter } from './install.js';

installConverter('cn', Converter({ from: 'tw', to: 'cn' }));
