{{%AUTOESCAPE context="HTML"}}<nav aria-label="breadcrumb"><ul><li><a href="/instansi">Permohonan instansi</a></li><li><a href="/instansi/sistem">Sistem elektronik</a></li><li>{{name}}</li></ul></nav>
<h1>{{name}}</h1>
<p>{{agency}} · Unit pemilik: {{owner_unit}}{{#url}} · {{url}}{{/url}}</p>
{{#description}}<p class="prewrap">{{description}}</p>{{/description}}
<p>Kategori saat ini: <strong class="category category-{{category}}">{{category_label}}</strong>{{#score}} (skor {{score}}, {{categorised}}){{/score}}</p>
{{#latest}}{{#complete}}<article class="receipt">
<p>Standar yang wajib diterapkan untuk kategori {{label}} ({{rule}}):</p>
<ul>{{#standards}}<li>{{value}}</li>{{/standards}}</ul>
{{#fallback}}<p><small>{{fallback}}</small></p>{{/fallback}}
</article>{{/complete}}{{/latest}}
<h2>Riwayat kategorisasi</h2>
<div class="table-wrap"><table class="categorisations">
<thead><tr><th>Tanggal</th><th>Instrumen</th><th>Skor</th><th>Kategori</th><th>Oleh</th></tr></thead>
<tbody>
{{#history}}<tr><td>{{at}}</td><td><code>{{instrument}}</code></td><td>{{score}}</td><td>{{label}}</td><td>{{who}}</td></tr>
{{/history}}
{{#no_history}}<tr><td colspan="5">Belum pernah dikategorikan.</td></tr>{{/no_history}}
</tbody></table></div>
