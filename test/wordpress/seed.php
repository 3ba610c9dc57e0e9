<?php
// Test data for the real-WordPress suite and bench (run as root, env WP_PORT):
//   php seed.php reset  < seed.json   wipes every comment, inserts the seed blog's comments
//                                      (JSON from test/support/sync-seed.ts), prints {posts, comments} ids as JSON.
//                                      Optional, for the Unreplied scenarios: "users" [{login, role, name}] are
//                                      created if missing; a post with "author" (a login) and "title" is created
//                                      by that user if missing; a comment with "user" (a login) is that user's.
//   php seed.php bulk N [AUTHORS]      inserts N pending comments with plain SQL (fast) by AUTHORS distinct
//                                      authors (default 400), prints the count
//   php seed.php clear-bulk            deletes the bulk comments again
$_SERVER['HTTP_HOST'] = (getenv('WP_HOST') ?: '127.0.0.1') . ':' . (getenv('WP_PORT') ?: '8089');
require '/usr/share/wordpress/wp-load.php';

const BULK_DOMAIN = 'bulk.moderato.test';
$mode = $argv[1] ?? '';
global $wpdb;

function post_id(string $slug): int {
    $post = get_page_by_path($slug, OBJECT, 'post');
    if (!$post) { fwrite(STDERR, "[seed] no post $slug: run up.sh first\n"); exit(1); }
    return $post->ID;
}

if ($mode === 'reset') {
    $seed = json_decode(stream_get_contents(STDIN), true);
    if (!is_array($seed)) { fwrite(STDERR, "[seed] expected JSON on stdin\n"); exit(1); }
    $wpdb->query("DELETE FROM {$wpdb->commentmeta}");
    $wpdb->query("DELETE FROM {$wpdb->comments}");
    wp_cache_flush();
    foreach ($seed['users'] ?? [] as $u) {
        if (get_user_by('login', $u['login'])) continue;
        $uid = wp_insert_user(['user_login' => $u['login'], 'user_pass' => wp_generate_password(24),
            'user_email' => $u['login'] . '@example.org', 'display_name' => $u['name'], 'role' => $u['role']]);
        if (is_wp_error($uid)) { fwrite(STDERR, '[seed] ' . $uid->get_error_message() . "\n"); exit(1); }
    }
    $posts = [];
    foreach ($seed['posts'] as $p) {
        if (isset($p['author']) && !get_page_by_path($p['slug'], OBJECT, 'post')) {
            wp_insert_post(['post_name' => $p['slug'], 'post_title' => $p['title'], 'post_content' => $p['title'],
                'post_status' => 'publish', 'post_author' => get_user_by('login', $p['author'])->ID, 'comment_status' => 'open']);
        }
        $posts[$p['slug']] = post_id($p['slug']);
    }
    $ids = [];
    $approved = ['hold' => '0', 'approved' => '1', 'spam' => 'spam', 'trash' => 'trash'];
    foreach ($seed['comments'] as $c) {
        $local = get_date_from_gmt($c['date_gmt'], 'Y-m-d H:i:s');
        $id = wp_insert_comment(wp_slash([
            'comment_post_ID' => $posts[$c['post']],
            'comment_parent' => isset($c['parent']) ? $ids[$c['parent']] : 0,
            'comment_author' => $c['author_name'],
            'comment_author_email' => $c['author_email'],
            'comment_author_url' => $c['author_url'] ?? '',
            'comment_author_IP' => $c['author_ip'],
            'comment_agent' => $c['author_user_agent'],
            'comment_date' => $local,
            'comment_date_gmt' => str_replace('T', ' ', $c['date_gmt']),
            'comment_content' => $c['content'],
            'comment_approved' => $approved[$c['status']],
            'comment_type' => $c['type'] ?? 'comment',
            'user_id' => isset($c['user']) ? get_user_by('login', $c['user'])->ID : 0,
        ]));
        if (!$id) { fwrite(STDERR, "[seed] could not insert {$c['key']}\n"); exit(1); }
        $ids[$c['key']] = $id;
    }
    foreach ($posts as $postId) wp_update_comment_count_now($postId);
    echo json_encode(['posts' => $posts, 'comments' => $ids]), "\n";
    exit(0);
}

if ($mode === 'bulk') {
    $count = max(1, (int) ($argv[2] ?? 10000));
    $authors = max(1, (int) ($argv[3] ?? 400));
    $postIds = array_map('post_id', ['les-confitures-de-grand-mere', 'reparer-un-velo-soi-meme', 'notes-on-slow-travel']);
    $start = time() - $count;
    $words = ['Merci', 'Super article', 'Je ne suis pas d’accord', 'Great post', 'Intéressant', 'Bravo', 'Thanks for sharing'];
    for ($done = 0; $done < $count; $done += 1000) {
        $rows = [];
        for ($i = $done; $i < min($count, $done + 1000); $i++) {
            $gmt = gmdate('Y-m-d H:i:s', $start + $i);
            $author = 'Lecteur ' . ($i % $authors);
            $email = 'lecteur' . ($i % $authors) . '@' . BULK_DOMAIN;
            $content = $words[$i % count($words)] . " (commentaire $i)";
            $ip = '10.' . (($i >> 16) & 255) . '.' . (($i >> 8) & 255) . '.' . ($i & 255);
            $rows[] = $wpdb->prepare('(%d,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)', $postIds[$i % 3], $author, $email, '', $ip,
                $gmt, $gmt, $content, '0', 'Mozilla/5.0 (bulk)', 'comment');
        }
        $wpdb->query("INSERT INTO {$wpdb->comments} (comment_post_ID, comment_author, comment_author_email, comment_author_url,
            comment_author_IP, comment_date, comment_date_gmt, comment_content, comment_approved, comment_agent, comment_type) VALUES "
            . implode(',', $rows));
    }
    wp_cache_flush();
    echo $count, "\n";
    exit(0);
}

if ($mode === 'clear-bulk') {
    $deleted = $wpdb->query($wpdb->prepare("DELETE FROM {$wpdb->comments} WHERE comment_author_email LIKE %s", '%@' . BULK_DOMAIN));
    $wpdb->query("DELETE cm FROM {$wpdb->commentmeta} cm LEFT JOIN {$wpdb->comments} c ON c.comment_ID = cm.comment_id WHERE c.comment_ID IS NULL");
    wp_cache_flush();
    echo (int) $deleted, "\n";
    exit(0);
}

fwrite(STDERR, "usage: php seed.php reset < seed.json | bulk N [AUTHORS] | clear-bulk\n");
exit(2);
