{{%AUTOESCAPE context="HTML"}}<h1>Antrean Petugas</h1>
<p>Masuk sebagai {{user_name}}.{{#admin}} <a href="/admin/audit">Jejak audit</a>{{/admin}}</p>
{{#tools}}<nav aria-label="Alat kerja"><ul class="desk-tools">{{#items}}<li><a href="{{path}}">{{label}}</a></li>{{/items}}</ul></nav>{{/tools}}
<section>
<h2>Ditugaskan kepada saya</h2>
{{#no_assigned}}<p>Tidak ada permohonan yang ditugaskan kepada Anda.</p>{{/no_assigned}}
<div class="table-wrap"><table>
<thead><tr><th>Nomor</th><th>Layanan</th><th>Perihal</th><th>Langkah</th><th>Status</th><th>Diperbarui</th></tr></thead>
<tbody>{{#assigned}}<tr><td><a href="/staf/permohonan/{{number}}">{{number}}</a></td><td>{{service}}</td><td>{{title}}</td><td>{{step}}</td><td>{{status_label}}</td><td>{{updated}}</td></tr>{{/assigned}}</tbody>
</table></div>
</section>
{{#queues}}<section>
<h2>Antrean {{role}}</h2>
{{#no_items}}<p>Tidak ada permohonan yang menunggu.</p>{{/no_items}}
<div class="table-wrap"><table>
<thead><tr><th>Nomor</th><th>Layanan</th><th>Perihal</th><th>Pemohon</th><th>Langkah</th><th>Status</th><th>Diperbarui</th></tr></thead>
<tbody>{{#items}}<tr><td><a href="/staf/permohonan/{{number}}">{{number}}</a></td><td>{{service}}</td><td>{{title}}</td><td>{{requester}}</td><td>{{step}}</td><td>{{status_label}}</td><td>{{updated}}</td></tr>{{/items}}</tbody>
</table></div>
</section>
{{/queues}}
{{#recent}}<section>
<h2>Semua permohonan terbaru</h2>
<div class="table-wrap"><table>
<thead><tr><th>Nomor</th><th>Layanan</th><th>Perihal</th><th>Pemohon</th><th>Langkah</th><th>Status</th></tr></thead>
<tbody>{{#items}}<tr><td><a href="/staf/permohonan/{{number}}">{{number}}</a></td><td>{{service}}</td><td>{{title}}</td><td>{{requester}}</td><td>{{step}}</td><td>{{status_label}}</td></tr>{{/items}}</tbody>
</table></div>
</section>{{/recent}}
