<?php
// Run by up.sh (php setup.php STATE_DIR, env WP_PORT): installs WordPress once, turns on pretty
// permalinks, creates Moderato's test posts and a non-moderating user (role author), and prints
// KEY=VALUE lines with a working Application Password for each user (reused while still valid).
[, $stateDir] = $argv;
$_SERVER['HTTP_HOST'] = (getenv('WP_HOST') ?: '127.0.0.1') . ':' . (getenv('WP_PORT') ?: '8089'); // picks /etc/wordpress/config-<host>.php
define('WP_INSTALLING', true);
function wp_new_blog_notification() {} // pluggable: no mail on install
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

const ADMIN_LOGIN = 'moderato';
const AUTHOR_LOGIN = 'redactrice';

if (!is_blog_installed()) {
    fwrite(STDERR, "[setup] installing WordPress\n");
    $r = wp_install('Moderato Test Blog', ADMIN_LOGIN, 'moderato@example.org', true, '', wp_slash('moderato-test-admin-pw'));
    if (is_wp_error($r)) { fwrite(STDERR, $r->get_error_message() . "\n"); exit(1); }
}
update_option('timezone_string', 'Europe/Paris');
update_option('comment_moderation', 1);
if (get_option('permalink_structure') !== '/%postname%/') {
    update_option('permalink_structure', '/%postname%/');
    delete_option('rewrite_rules');
}

// The author owns no post, so she cannot moderate anything Moderato lists (403 scenario).
if (!get_user_by('login', AUTHOR_LOGIN)) {
    $uid = wp_insert_user(['user_login' => AUTHOR_LOGIN, 'user_pass' => 'redactrice-test-pw',
        'user_email' => 'redactrice@example.org', 'display_name' => 'Sophie Rédactrice', 'role' => 'author']);
    if (is_wp_error($uid)) { fwrite(STDERR, $uid->get_error_message() . "\n"); exit(1); }
}

$posts = [
    'les-confitures-de-grand-mere' => ['Les confitures de grand-mère', "Abricots, sucre, patience. Voici la recette que l'on fait chaque été."],
    'reparer-un-velo-soi-meme' => ["Réparer un vélo soi-même : c'est facile", 'Crevaison, dérailleur, freins : les gestes de base.'],
    'notes-on-slow-travel' => ['Notes on slow travel', 'Trains, ferries and the joy of arriving late.'],
];
$admin = get_user_by('login', ADMIN_LOGIN);
foreach ($posts as $slug => [$title, $body]) {
    if (!get_page_by_path($slug, OBJECT, 'post')) {
        wp_insert_post(['post_name' => $slug, 'post_title' => $title, 'post_content' => $body,
            'post_status' => 'publish', 'post_author' => $admin->ID, 'comment_status' => 'open', 'ping_status' => 'open']);
    }
}

function app_password(string $login, string $file): string {
    $user = get_user_by('login', $login);
    $old = is_readable($file) ? trim(file_get_contents($file)) : '';
    foreach (WP_Application_Passwords::get_user_application_passwords($user->ID) as $item) {
        if ($old !== '' && wp_check_password($old, $item['password'])) return $old;
    }
    [$new] = WP_Application_Passwords::create_new_application_password($user->ID, ['name' => 'moderato tests ' . gmdate('c')]);
    file_put_contents($file, $new . "\n");
    chmod($file, 0600);
    return $new;
}
echo 'WP_USER=', ADMIN_LOGIN, "\n";
echo 'WP_APP_PASSWORD=', app_password(ADMIN_LOGIN, "$stateDir/admin_app_password"), "\n";
echo 'WP_AUTHOR_USER=', AUTHOR_LOGIN, "\n";
echo 'WP_AUTHOR_APP_PASSWORD=', app_password(AUTHOR_LOGIN, "$stateDir/author_app_password"), "\n";
