/** The one script every page loads: the search loader and the copy controls. */
import { installCopyLinks } from './copy-link';
import { installSearchLoader } from './search-loader';

installSearchLoader();
installCopyLinks();
