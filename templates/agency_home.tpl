{{%AUTOESCAPE context="HTML"}}<h1>Permohonan {{agency}}</h1>
<p>Masuk sebagai {{user_name}}. Di bawah ini permohonan yang diajukan instansi Anda atau yang
menyangkut sistem elektronik milik instansi Anda.</p>
<p><a href="/instansi/sistem">Sistem elektronik instansi</a> — daftar sistem, kategorinya, dan pendaftaran sistem baru.</p>
{{#no_requests}}<p>Belum ada permohonan.</p>{{/no_requests}}
<div class="table-wrap"><table>
<thead><tr><th>Nomor</th><th>Layanan</th><th>Perihal</th><th>Langkah</th><th>Status</th><th>Diperbarui</th></tr></thead>
<tbody>{{#requests}}<tr><td><a href="/instansi/permohonan/{{number}}">{{number}}</a></td><td>{{service}}</td><td>{{title}}</td><td>{{step}}</td><td>{{status_label}}</td><td>{{updated}}</td></tr>{{/requests}}</tbody>
</table></div>
