<?php
/**
 * Plugin Name:       SMP self-assessment
 * Description:       "Is scalp micropigmentation right for me, and what would it cost?" A self-assessment widget as a block and a shortcode, set up under Settings → SMP widget, with contact requests received in this WordPress. The widget's files are served by this site itself.
 * Version:           0.0.0-dev
 * Requires at least: 6.1
 * Requires PHP:      8.2
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       smp-widget
 *
 * @package SmpWidget
 */

namespace SmpWidget;

defined( 'ABSPATH' ) || exit;

/** The plugin's version, which is the widget's: the release command writes it (Cargo.toml's). */
const VERSION = '0.0.0-dev';
/** This file, for plugins_url() and the activation hooks. */
const FILE = __FILE__;
/** The plugin's folder, with a trailing slash. */
const DIR = __DIR__ . '/';
/** The one option row that holds every setting. */
const OPTION = 'smp_widget_settings';
/** The private post type a contact request is stored as. */
const REQUEST_TYPE = 'smp_lead';
/** The daily event that deletes requests past their retention. */
const PURGE_EVENT = 'smp_widget_purge_requests';

require_once DIR . 'includes/settings.php';
require_once DIR . 'includes/i18n.php';
require_once DIR . 'includes/assets.php';
require_once DIR . 'includes/render.php';
require_once DIR . 'includes/block.php';
require_once DIR . 'includes/shortcode.php';
require_once DIR . 'includes/counter.php';
require_once DIR . 'includes/requests.php';
require_once DIR . 'includes/mail.php';
require_once DIR . 'includes/forward.php';
require_once DIR . 'includes/lifecycle.php';
require_once DIR . 'includes/rest.php';
require_once DIR . 'includes/privacy.php';
require_once DIR . 'includes/health.php';

